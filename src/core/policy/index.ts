/**
 * The policy: an ordered table of named rules. The first rule that decides wins; the order is the
 * precedence, stated here once. Each answer carries the name of the rule that decided it (`rule`).
 * Tests: test/core/policy/*.test.ts (one per rule); test/decision-trace.tsv pins which rule answers
 * every question of the question sets (`npm run trace:update` after an intended change).
 */
import { slotOnlyFollowUp, whatIfFollowUp, sourceFollowUp } from './follow-up.js';
import { tableFollowUp } from './table-follow-up.js';
import { figureQuestion, narrativeFigure, vagueFigureReportWords, vagueFigureUnknown } from './figures.js';
import { emptyInput, pendingChoice } from './input.js';
import { contactNotAsked } from './contact-not-asked.js';
import { withheldInText } from './withheld-in-text.js';
import { howNotWhere } from './how-not-where.js';
import { repeatedRequest, requestContentAsked, unclearRequest } from './unclear-request.js';
import { officialInReport, unitInReport } from './official-named.js';
import { remedyOfSameKind } from './remedy-follow-up.js';
import { ownRecordWrong } from './own-record.js';
import { requestsPartNamed } from './requests-part-named.js';
import { decreeNumberAsked } from './decree-number.js';
import { contactsOfMany } from './contacts-of-many.js';
import { closeCall, confidentIntent, noCandidate, noMatch, signatureIntent, tentativeCloseCall, tentativeIntent, weakMatchPassage } from './intents.js';
import { applicantsNamed, draftForMe, judgementAsked, moneyOfAnotherMatter, mostlyUnknown, officialPerson, offTopicWord, otherMatterComplaint, payWithheld, otherMatterContact, outOfScope, permitService, unknownTopic, privateDispute } from './off-topic.js';
import { passageFollowUp, rareTermPassage, reportOnlyWords, whyOfNamedRequest } from './passages.js';
import { reportNotLoaded, reportsAsked, reportYearAsked } from './reports.js';
import { changeWithOneYear, yearOverYear } from './trend.js';
import { changeToldInText } from './change-in-text.js';
import { narrativeOverYears } from './narrative-trend.js';
import { toldChangeOverYears } from './told-trend.js';
import { largestPart, largestReason } from './largest-part.js';
import { acrossOffices, acrossOfficesAgain, acrossOfficesSum } from './ranking.js';
import { zeroRowsAsked } from './zero-rows.js';
import { consistencyAsked } from './consistency.js';
import { quotedListChecked } from './quoted-list.js';
import { pairsSummedEach } from './sums-each.js';
import { yearSlipAsked } from './year-slip.js';
import { whyPublishedAsked } from './why-published.js';
import { disclosureHowAsked, whoDisclosesDocument } from './who-discloses.js';
import { quotedRestAsked, quotedSumChecked } from './quoted-sum.js';
import { restFollowUp, restOfResults } from './rest-of-results.js';
import { quotedBalanceChecked } from './quoted-balance.js';
import { balanceTotalAsked } from './balance-total.js';
import { visitsNotTold } from './visits-not-told.js';
import { reportItselfAsked } from './report-itself.js';
import { figuresScopeAsked, unitsSummedAsked } from './figures-scope.js';
import { principleAsked } from './principle-asked.js';
import { officeHoursTold } from './office-hours.js';
import { citedDocumentNumber, documentNumberAsked, documentNumberOfLastPassage } from './document-number.js';
import { pageFieldsAsked } from './page-fields.js';
import { reportTermAsked } from './report-term.js';
import { publishReviewAsked } from './publish-review.js';
import { wordCountedInText } from './word-counted-in-text.js';
import { toldCountsEqual } from './told-counts-equal.js';
import { tableFourNoneFilled, tablesFilledAsked } from './tables-filled.js';
import { rowColumnsAsked } from './row-columns.js';
import { channelsOfRequestsAsked, channelsToldFollowUp } from './channels-told.js';
import { whyToldCount } from './why-told-count.js';
import { beforeChangeInLastAnswer, channelCountFollowUp, clauseOfLastPassage, countOfThingAskedBefore, howDoneInLastAnswer, countInLastAnswer, itemInLastAnswer, restInLastAnswer, sumInLastAnswer } from './last-answer-count.js';
import { quantityTold } from './quantity-told.js';
import { closedOfReceivedInText } from './closed-of-received.js';
import { structureTold } from './structure-told.js';
import { countFollowUp, countFollowUpOverRow, countInReport, countInTextOverRow, sumInText } from './counts.js';
import { partsOfToldCount, quotedCountWhy, whyOfQuotedClaim, whyOfToldCount, whyOfToldCountOverStory } from './quoted-count-why.js';
import { whySoManyOfThing } from './why-so-many.js';
import { requestSubjectsAsked } from './request-subjects.js';
import { countOfUnnamedThing } from './count-not-named.js';
import { eventsNotCounted } from './events-not-counted.js';
import { whyNoRequests } from './none-received.js';
import { complaintsNotCounted, noneInText } from './none-in-text.js';
import { riseReasonTold } from './rise-reason.js';
import { improvementsFollowUp, shortcomingWhy } from './shortcoming-why.js';
import { publishedWhereAsked } from './published-where.js';
import { replyLawfulAsked } from './reply-lawful.js';
import { partOfThingAsked } from './part-of-thing.js';
import { purposeAsked } from './purpose-asked.js';
import { assistNeeded } from './assist.js';
import { columnNameAsked } from './column-name.js';
import { labelSlipAsked } from './label-slip.js';
import { petitionByRequest, petitionRouteFollowUp } from './petition.js';
import { recordsByOwnLaw } from './special-records.js';
import { carriedIntoNext } from './carried-next.js';
import { madeToOrderAsked } from './need-create.js';
import { feeAskedPlainly, feeLawfulAsked, feeReckoned } from './fee-reckoned.js';
import { proactiveTotal } from './proactive-total.js';
import { honestLimit, notCounted } from './honest-limit.js';
import { subjectTold } from './subject-told.js';
import { loneIntentWord } from './lone-word.js';
import { howOftenInLastPassage } from './how-often.js';
import { reportOnlineWhere } from './visit-where.js';
import { partsOfLastCount } from './parts-of-last-count.js';
import { countWithoutSubject, totalOfLastFigure } from './count-without-subject.js';
import { applyInStory, applyingItselfAsked, howToApply, procedureInStory, waysToApplyAsked } from './story.js';
import { matterAppliedFor } from './matter-applied-for.js';
import { amountOfReportThing } from './amount-of-report-thing.js';
import { stepOfLastAnswer } from './step-follow-up.js';
import { otherBodyContact } from './other-body-contact.js';
import { applyByChannel } from './apply-channel.js';
import { applyPlaceInReport } from './apply-place.js';
import { strayChoice } from './stray-choice.js';
import { addressChecked, phoneChecked, phonePrefixQuoted } from './phone-check.js';
import { compareLastTwo } from './compare-last.js';
import { siblingRows } from './sibling-rows.js';
import { callFreeContact, detailPutRight, applyByPhone, contactDetailWanted, contactFieldsAsked, fieldPrintedAsked, enquiryOfficeAsked, responsibleUnitAsked, officeDetailAsked, officeWhereAsked, contactWantedAfterStory } from './contact-fields.js';
import { proactiveAreasAsked } from './proactive-areas.js';
import { remedyAsked, reviewDecisionContested, deadlinePassedOwnMatter } from './remedy.js';
import { reportDeadlineAsked } from './report-deadline.js';
import { notHandledAsRequest } from './not-handled-as-request.js';
import { feeFollowUp, reportFeeAsked, reportFeeFollowUp } from './fee-follow-up.js';
import { planStatusFollowUp } from './plan-status.js';
import { thirdPartyNamed } from './third-party.js';
import { repeatRequestAsked } from './repeat-request.js';
import { periodWhy } from './period-why.js';
import { quotedCountChecked, quotedPairSummed } from './quoted-check.js';
import { countDoubted } from './count-doubted.js';
import { quotedCountsTogether } from './quoted-together.js';
import { allAnsweredFollowUp, answeredFollowUp, doneFollowUp } from './all-answered.js';
import { otherWaysFollowUp } from './other-ways.js';
import { statedRate } from './stated-rate.js';
import { repliesOnTime } from './replies-on-time.js';
import { columnMeaning } from './column-meaning.js';
import { actionTold } from './action-told.js';
import { citedTimeLimitChecked, currentLawAsked } from './current-law.js';
import { figureConfirmed } from './figure-confirmed.js';
import { applicantsAfterCount } from './applicants-after-count.js';
import { whyOfLastPassage } from './why-follow-up.js';
import { wordingOfThingAsked } from './wording-asked.js';
import { examplesOfLastPassage } from './examples-follow-up.js';
import { priorYearFollowUp, priorYearFromChange } from './prior-year-from-change.js';
import { oldFormatColumnFollowUp } from './old-format-column-follow-up.js';
import { formatNumberChecked, reportFormatAsked } from './format-asked.js';
import { balanceWhy } from './balance-why.js';
import { stockFlowCheck, stockIntoNext } from './stock-flow.js';
import { textFigureAsked, textQuotedBesideTableTwo } from './text-figure.js';
import { numberMeaningAsked } from './number-meaning.js';
import { textArithmetic } from './text-arith.js';
import { draftWritingAsked } from './draft-asked.js';
import { partContentsAsked, partTitleAsked } from './part-contents.js';
import { formatSlipAsked } from './format-slip.js';
import { regulationPhraseSlipAsked } from './phrase-slip.js';
import { tableRestAsked } from './table-rest.js';
import { toldArithFollowUp } from './told-arith-follow-up.js';
import { readingPointAsked } from './reading-point.js';
import { toldPartsSummed } from './told-parts-summed.js';
import { rulesFollowedAsked } from './rules-followed.js';
import { subItemAsked } from './sub-item.js';
import { comparedCountsWhy, whyOfNamedReportAction, whyReportSays, whyReportWordsBesideFigure, whyReportWordsOverWeakIntent, whyTheReportExplains } from './why-report-says.js';
import { mentionAsked } from './mention-asked.js';
import { summaryAsked } from './summary-asked.js';
import { reportDateAsked, reportDeadline, statisticsPeriodNamed, timeLimitOf } from './time-limit.js';
import { caseDetailAsked, reasonsFollowUp, tableRowAsked } from './table-row.js';
import { rowPlaceAsked } from './row-place.js';
import { countPublishedWhere, guidePublishedWhere, siteOfPublishingAsked, thingPublishedWhere } from './thing-published-where.js';
import { unitOfLastFigure } from './unit-follow-up.js';
import { dayOffVisitAsked, visitWhereAsked } from './visit-where.js';
import { tableThreeAllZeroWhy } from './all-zero-why.js';
import { resultOfReasonAsked } from './parent-result.js';
import { exemptCasesAsked, thirdPartyInRequest } from './exempt-asked.js';
import { articleAsked, basisOfLastRow } from './article.js';
import { channelNameAsked } from './channel-name.js';
import { reportSaysStep } from './report-says-step.js';
import { resultMeaning } from './result-meaning.js';
import type { Rule } from './types.js';

export type { Decision, Rule } from './types.js';

export const RULES: readonly Rule[] = [
  emptyInput,
  pendingChoice,
  strayChoice,
  // (before slot-only-follow-up: a year alone asked after a count, the next report telling its change against that year)
  priorYearFollowUp,
  slotOnlyFollowUp,
  // (whether all the requests just counted were answered, "都答复了吗": their results' total, before a time-limit intent its
  // words match)
  allAnsweredFollowUp,
  // (whether the request the text just told of was answered, "答复了没有": the sentence telling its reply)
  answeredFollowUp,
  // (whether requests the text just counted are done, "这几件都办完了吗": the sentence counting them that tells it)
  doneFollowUp,
  // (the other ways asked after a count the text told of one way, "除了网站，别的渠道呢": the sentence counting those)
  otherWaysFollowUp,
  // (the rest asked alone after the text told how many were answered, "剩下的呢": those carried into the next year)
  restFollowUp,
  // (a table named alone after a question about a table: "表四呢" — that question again)
  tableFollowUp,
  // (the rest of a group of table 三 pointed at right after one of its rows: "那另外2件是啥情况")
  siblingRows,
  sourceFollowUp,
  compareLastTwo,
  // (a count the text told, just answered, doubted with another number: that count again, before any reading of the number)
  countDoubted,
  reasonsFollowUp,
  largestPart,
  // (the reason counted most among the requests that gave nothing, "被拒或者没拿到信息的…最多的是啥原因": all their reasons)
  largestReason,
  // (a document of another matter to write for the asker, "帮我写个离婚起诉书": no suit counted, no procedure)
  draftForMe,
  // (who the applicants were, by name: no report names them)
  applicantsNamed,
  // (before the procedure rules: an article asked by its number is quoted, whatever its words rank)
  articleAsked,
  // (which article a result just counted rests on, "条例里哪一条规定了这种答复方式": the row's basis)
  basisOfLastRow,
  // (where to read the report online, "我在网上哪里能看到原文": its site, not the street address)
  reportOnlineWhere,
  // (how often, asked right after a passage, "多久查一次": its sentence saying so, not a request's time limit)
  howOftenInLastPassage,
  timeLimitOf,
  // (a step named alone right after a procedure answer that speaks of it, "复议呢？" after the remedies' time limits: that
  // answer, before the table rules read 复议 as table 四)
  stepOfLastAnswer,
  reportDeadline,
  // (when the report came out, no deadline word: its own date, over the deadline the classifier reads first)
  reportDateAsked,
  // (before apply-by-channel: "不用写明用途了" asks the purpose, not writing as a channel)
  purposeAsked,
  // (before the procedure's rules: what the report itself says of a step, "年报里说可以通过哪些渠道提交", is its sentence)
  reportSaysStep,
  // (before apply-by-channel and how-to-apply: "他们都是怎么提交申请的" after a count asks how those came in)
  channelsToldFollowUp,
  // (the same asked of a report named, "2019年收到的申请都是通过哪些方式交上来的", "信函/网络/当面 件数")
  channelsOfRequestsAsked,
  // (before apply-by-channel: "走什么平台受理的" asks the report's own platform, not whether one may apply online)
  applyPlaceInReport,
  // (who must disclose a document the asker wants: the office that made or keeps it, not the report's enquiry office)
  whoDisclosesDocument,
  // (why one count the text gives is larger than another: its sentence, before whether one may apply that way)
  comparedCountsWhy,
  // (before apply-by-channel: "周末能过去当面交申请吗" asks the office's hours, not whether one may apply in person)
  dayOffVisitAsked,
  applyByChannel,
  // (a detail put right for another, "不是电话，是地址": the one wanted, before the story's words about the other)
  detailPutRight,
  // (before procedure-in-story: "有疑问找哪个单位" asks whom to ask, not where to apply)
  callFreeContact,
  enquiryOfficeAsked,
  // (what came before asked right after a passage telling a change, "那之前是哪个部门管的": the old one, not the contact department)
  beforeChangeInLastAnswer,
  // (which section does the work, of a report that names it, "哪个科室负责": that sentence, before the responsible unit)
  unitInReport,
  // (how it was done asked right after a sentence that tells it, "他们是怎么回复的": that clause, not the time limits)
  howDoneInLastAnswer,
  // (before the responsible unit, remedy-asked and the figure rules: a quarrel with a private person — a suit against them, or
  // which department handles a neighbour's noise — is another matter)
  privateDispute,
  responsibleUnitAsked,
  // (before procedure-in-story: "…申请公开…的文件，该怎么申请" asks how, not where)
  applyingItselfAsked,
  waysToApplyAsked,
  // (before procedure-in-story: "起草一句话…依申请公开办理情况" asks the figures summed up, not how to apply)
  summaryAsked,
  // (before procedure-in-story and the figures: "要不要写理由…怕写错了被拒绝" asks whether a reason is needed)
  assistNeeded,
  // (before the story and out-of-scope: a request meant to report someone, "把物业一起举报了，这样能行吗")
  petitionByRequest,
  // (right after the requests not handled as petitions were counted, "那这种事儿应该走啥渠道": their channels)
  petitionRouteFollowUp,
  // (before the story and how-to: registry records asked by request, "不动产登记资料能走信息公开申请吗", go by their own law)
  recordsByOwnLaw,
  // (before the story: what the office would have to compile, "给我做一份统计分析，为什么不提供", is 第三十八条)
  madeToOrderAsked,
  // (the same information asked for again after a reply: 不予重复处理, before the story's how to apply)
  repeatRequestAsked,
  // (before procedure-in-story and the report's own basis: "报告是按老条例编的，我现在去申请还按老条例吗" asks the law in force)
  currentLawAsked,
  // (an article and a time limit cited and checked, "按第二十四条…15个工作日内答复，没问题吧": the limit in force, 第三十三条)
  citedTimeLimitChecked,
  // (before procedure-in-story and the reasons to withhold: "为什么还没建" right after a passage asks that passage's cause)
  whyOfLastPassage,
  // (which ones or an example, asked alone after a passage that names some: that passage)
  examplesOfLastPassage,
  // (how the report words a thing the message describes first: its sentence, not what 怎么写 alone reads)
  wordingOfThingAsked,
  // (a why asked with how the report explains it, or the reasons it wrote: the report's reasons, before a rule of the
  // regulation the words read well)
  whyTheReportExplains,
  // (why an office did a thing in a year, both named: the one sentence of that report that holds the thing)
  whyOfNamedReportAction,
  // (before procedure-in-story and the procedure's reasons to withhold: "年报里承认工作有短板，他们自己说的原因是什么" asks
  // section 五's causes, however long the story around it)
  shortcomingWhy,
  // (right after the report's problems, "那咋改" asks its improvements, not how to correct an application)
  improvementsFollowUp,
  // (why the office did something the text counts, one count quoted: the sentence that holds it — before the procedure a
  // story's words read, "主动公开的文件里…为啥能有285份这么多" is no question of what to publish)
  whyOfToldCountOverStory,
  procedureInStory,
  // (before how-to-apply: "公租房怎么申请" names another matter's thing, no word of the domain)
  matterAppliedFor,
  howToApply,
  applyInStory,
  reviewDecisionContested,
  // (the annual report said to be late, its deadline asked: 第四十九条, before the remedies its 期限 matches)
  reportDeadlineAsked,
  // (an office's reply that a request is not handled as one: 第三十九条, before the remedies and the reasons to withhold)
  notHandledAsRequest,
  // (the asker's own number of requests right after the fee rules: those rules again, not a count of the report's)
  feeFollowUp,
  // (a fee named alone right after a report's figure, "那收费呢": that report's sixth part, not the fee rules)
  reportFeeFollowUp,
  // (whether a report tells the disclosure fee, "年报有没有交代依申请公开的收费情况": its line on fees, before the figures)
  reportFeeAsked,
  // (the other remedy named alone right after an answer on one, "那申请复议呢": the same answer for it, not table 四)
  remedyOfSameKind,
  // (whether there was any of a thing the text says there was none of, "收到过几次投诉": that sentence, before the remedies
  // 投诉 reads)
  noneInText,
  // (the rest of what a passage just counted asked after, "没答复完的那些怎么办了": that passage's clause on the rest, before
  // the remedies for one's own unanswered request that 没答复 reads)
  restInLastAnswer,
  // (pay an employer withholds, "补贴…一直拖着不给咋办": a labour matter, before the remedies against an office)
  payWithheld,
  remedyAsked,
  // (the time to reply run out on the asker's own matter, "到点了还没弄完呢": never table 三's carried-over row)
  deadlinePassedOwnMatter,
  // (a cited document's number asked by its issuer and year, "川办便函〔2022〕多少号", "定政办发哪一年第几号": as the report
  // prints it — before the list of reports that 哪一年 reads)
  citedDocumentNumber,
  // (a thing the report did asked what it was for or which document it followed, "…受理渠道是为了什么": its sentence — before
  // the figure rules that 文件 reads)
  actionTold,
  // (whom the figures cover, "只算局机关的，不包括下面区县？": the report's own words on it, before the why and count rules — and the list of
  // reports, "汇总了哪些单位的数据")
  figuresScopeAsked,
  reportsAsked,
  reportYearAsked,
  labelSlipAsked,
  columnNameAsked,
  columnMeaning,
  // (after column-meaning: a 2019 column only printed, asked right after a figure of table 二, "新公开的呢")
  oldFormatColumnFollowUp,
  // (after column-meaning: a column named with the version asked is that column's meaning, the version said with it)
  reportFormatAsked,
  // (a format notice's number quoted and checked: "“国办公开函[2021]3号”对不对")
  formatNumberChecked,
  // (before draft-writing-asked and report-not-loaded: what a part must hold, asked while drafting next year's report)
  // (before the figure rules: a sub-item's numeral is no table, "总体情况里的（三）那块讲了啥")
  subItemAsked,
  // (before part-contents-asked: how a part's title is written, "第五部分的标题原文怎么写的")
  partTitleAsked,
  formatSlipAsked,
  regulationPhraseSlipAsked,
  partContentsAsked,
  // (before report-not-loaded and the figure rules: how to fill table 四 in a year with no case, "下一年也没发生，表四怎么填")
  tableFourNoneFilled,
  // (before the figure rules: how many columns a row of table 二 has, "那行填了三个0，模板是几列")
  rowColumnsAsked,
  // (before report-not-loaded: which part something goes in, asked while drafting a year not loaded yet)
  partOfThingAsked,
  // (before report-not-loaded: the year of a report being written is not loaded yet)
  draftWritingAsked,
  // (before report-not-loaded: "24年比23年多了几件" of an office whose 2024 text states the change against 2023)
  changeToldInText,
  // (before report-not-loaded: next year's 上年结转 is this year's 结转下年度, "写2023年年报，上年结转应该填多少")
  carriedIntoNext,
  // (before report-not-loaded: next year's 现行有效 starts from this year's, "弄23年的年报，现行有效的基数是多少")
  stockIntoNext,
  // (before report-not-loaded: a count of the year before the one loaded, which that report states with its change)
  priorYearFromChange,
  // (before report-not-loaded: a year the report's own words name, pointed at as a slip, "前言写‘总结2021年…’，到底是哪年")
  yearSlipAsked,
  reportNotLoaded,
  // (after report-not-loaded: a report asked for that is not loaded is said so)
  // (before report-itself-asked: "第二、三、四部分的表格里有数据吗" asks the tables' figures, not the parts)
  tablesFilledAsked,
  reportItselfAsked,
  // (the report's parts, of a report that says how it is made up: its sentence, not the national format's six)
  structureTold,
  // (every unit of the place added up, of one office's report: it counts its own office only)
  unitsSummedAsked,
  // (the principle the office goes by, "按什么原则定的": the report's sentence stating it, before the rows its words name)
  principleAsked,
  // (the office's hours asked of a report that prints them: those hours, before the intent that says a report gives none)
  officeHoursTold,
  // (the report's own document number, as its page prints it: no intent reads 文号)
  // (a short "文号呢" after a passage citing one document: its number, before the report's own)
  documentNumberOfLastPassage,
  pageFieldsAsked,
  documentNumberAsked,
  toldChangeOverYears,
  // (arithmetic on the counts the text tells comes before the years' sentences: "两年比多了多少" is a difference)
  textArithmetic,
  // (after text-arithmetic: a share or sum asked in a word or two after a count the text told, the last thing asked put back)
  toldArithFollowUp,
  narrativeOverYears,
  yearOverYear,
  changeWithOneYear,
  acrossOffices,
  acrossOfficesAgain,
  acrossOfficesSum,
  zeroRowsAsked,
  stockFlowCheck,
  balanceWhy,
  textFigureAsked,
  // (a count quoted of the text beside a cell of table 二, "正文又说清理失效文件4件": both, never one of them alone)
  textQuotedBesideTableTwo,
  numberMeaningAsked,
  // (where a figure goes in the tables, whatever figure is quoted with it: "无法提供603件应该填在表三哪一行")
  // (the cases not disclosed asked in so many words, "那什么情况下才不公开": the rules' cases, before a row the message names)
  exemptCasesAsked,
  // (someone else's information in what the asker applies for: the third party's rule, not the applicants' column)
  thirdPartyInRequest,
  // (whether the fee may be charged, "说要收信息处理费，这合法吗": the fee rules, not the report's line on fees)
  feeLawfulAsked,
  // (where a thing of table 二 is made public, "行政许可结果放哪儿公示了": the sentence saying so, not its row's place)
  thingPublishedWhere,
  // (where the office's disclosure guide is, of a report saying where it is published: that sentence, before 第十二条's rule)
  guidePublishedWhere,
  // (the site the office publishes through, "主要通过哪个网站公开政府信息": the sentence naming it)
  siteOfPublishingAsked,
  // (where the items just counted were published: the sentence that counted them, naming the place)
  countPublishedWhere,
  rowPlaceAsked,
  // (before the quoted checks: "新收17件加上年结转1件，总计应该是多少" asks a sum, it states no total to check)
  balanceTotalAsked,
  // (pairs quoted with 加 and each sum asked, "受理27件加上年结转2件，答复28件加结转1件，两边各是多少": before the checks, which read
  // the four figures as parts of one whole)
  pairsSummedEach,
  // (before consistency-asked, which reads several figures quoted as a sum to check)
  quotedListChecked,
  quotedSumChecked,
  quotedBalanceChecked,
  quotedRestAsked,
  // (before consistency-asked and quoted-count-checked: a whole and one result quoted, the others asked of — "15件申请
  // 只有4件予以公开？其他的都去哪了" — is no sum to check)
  restOfResults,
  // (why two counts quoted differ, "发布了18269条，为啥比政务网的2905条多": the sentence stating both, before a check of them
  // — a why is no claim to check — and before an intent its words match: 发布 → the report's publication date)
  quotedCountsTogether,
  // (two counts quoted and their whole checked, before the load's findings and the check of one count)
  quotedPairSummed,
  // (before consistency-asked: the parts a text lists after its count, added and set against it, of a report with no tables)
  toldPartsSummed,
  // (two counts the text tells set against each other, "公布结果的期数和开展的期数一致吗": before the report's own check)
  toldCountsEqual,
  consistencyAsked,
  quotedCountChecked,
  // (after the quoted checks: the figure just given said back, "是15件吧", "你说的是十五个吧？", is that figure again)
  figureConfirmed,
  // (who the applicants were, right after the requests' count: the applicants' columns, before who may apply)
  applicantsAfterCount,
  // (what is still open, or the share closed, of things one sentence says were received and closed: before a rate the text states)
  closedOfReceivedInText,
  statedRate,
  repliesOnTime,
  phoneChecked,
  phonePrefixQuoted,
  addressChecked,
  subjectTold,
  notCounted,
  // (before the contact rules: "门户网站总访问量是多少" asks a count the report does not give, not the site's address)
  visitsNotTold,
  sumInText,
  vagueFigureReportWords,
  vagueFigureUnknown,
  countInTextOverRow,
  // (a table 三 word the text counts something else by, "办件量3301件" of services: that clause, before the table rules)
  wordCountedInText,
  caseDetailAsked,
  // (before result-meaning and the figure rules: "哪些信息是不予公开的" of a report without tables that says what it withholds)
  withheldInText,
  resultMeaning,
  // (no row read, or 不予公开 read only from everyday words beside the count of a report without tables: the sentence
  // counting the requests quoted, before an intent its words match — 原因 → the exemptions — or the row's missing cell)
  // (why a request named by what it asked for was not given, of a report whose tables lack the result: its passage)
  whyOfNamedRequest,
  quotedCountWhy,
  // (why the report's period starts when it does: the sentence telling what happened that day)
  periodWhy,
  // (why the report says what it says, its words quoted, "年报说…“进一步规范”，为什么这么说": the sentence holding them)
  whyOfQuotedClaim,
  // (why the report counts no request at all, "一件都没有": the sentence saying none was received)
  whyNoRequests,
  // (why the office did something the text counts, the count quoted: the sentence that holds it, which says what for)
  whyOfToldCount,
  whySoManyOfThing,
  // (its parts asked of a count the text tells, the count quoted: the sentence that holds it and the "其中…" after it)
  partsOfToldCount,
  // (before the procedure's reasons to withhold: "为什么申请涨了这么多" asks the report's reason for the change)
  riseReasonTold,
  // (before the figure rules: "回复说信息不存在，合法吗" asks the rule of that reply, not how many got it)
  replyLawfulAsked,
  feeReckoned,
  // (whether applying costs anything in everyday words, "得交几块钱": the fee rules, before the figures and the tentative readings)
  feeAskedPlainly,
  // (a thing named after a count the text told, read as a table word with no cell: the text's count, "其中发布文件呢")
  countFollowUpOverRow,
  // (a how-many the passage just said holds, "全年办了多少件" after "…全年办理3328473件": that clause, no table cell)
  // (the kinds a count just answered splits into, "分成哪几类": its sentence again when it lists them)
  partsOfLastCount,
  countInLastAnswer,
  // (a bare how-many right after a passage, naming nothing of its own: the count of what the question before named)
  countOfThingAskedBefore,
  // (a way requests come in named alone after their count, "当面的呢": the text's count of those)
  channelCountFollowUp,
  // (a bare sum right after a passage, "加起来是多少": the counts of its clause that the question before named, added)
  sumInLastAnswer,
  // (before table-row-asked: "许可证下个月过期，去哪办续期" is a licence of one's own, not table 二's 行政许可)
  permitService,
  // (before table-row-asked: "申请没写清楚，会不会被拒绝" asks what happens to one's own request, not the refusals counted)
  // (before the figure rules, the unknown words and the confident reading: another's secrets in the papers asked for, "…有别的公司的商业信息，会直接拒绝吗", "材料里有别家企业的信息,
  // 他们会怎么处理", "邻居的住院病历": the third party's rules, not how requests were
  // handled, nor a fallback for the words of the asker's own case)
  thirdPartyNamed,
  unclearRequest,
  // (a request made again, "再申请一遍会怎么处理": the repeat rule, not how the year's requests were handled)
  repeatedRequest,
  // (what a request must hold, "申请里必须写清哪些内容": the regulation's list, not what must be published)
  requestContentAsked,
  // (a record about the asker said to be wrong, "关于我本人的记录写错了，能要求改过来吗": its correction, 第四十一条)
  ownRecordWrong,
  // (how many complaints, of a report whose text counts none: no table counts them — the fallback, not the requests 收到 reads)
  complaintsNotCounted,
  // (the unit asked right after a figure, "单位是元还是万元": that figure again, with its unit)
  unitOfLastFigure,
  // (which result a reason was counted under, right after its figure: that result's)
  resultOfReasonAsked,
  // (why table 三 is all zeros: no request received, as its first rows say)
  tableThreeAllZeroWhy,
  // (why the report's words quoted at length beside a figure named, "制定规范性文件时为什么要向社会公开征求意见": its sentence)
  whyReportWordsBesideFigure,
  // (what the requests asked for: the report's sentence on it, or that it does not say)
  requestSubjectsAsked,
  // (how many trainings or meetings, of a report that tells of them with no count: said so)
  eventsNotCounted,
  // (before table-row-asked: a row taken from its result, the rest asked, "去掉不掌握的还剩几件")
  tableRestAsked,
  tableRowAsked,
  figureQuestion,
  // (before count-in-report, whose search by the question's words finds a channel's count as soon as the total)
  proactiveTotal,
  countInReport,
  // (a quantity asked by its name, printed before its number with no measure word: "总阅读量32402")
  quantityTold,
  // (after count-in-report: why the report tells a count, the count quoted — "为什么说只有1个人在干")
  whyToldCount,
  // (before contact-fields-asked: a site's name asked, "年报里提到的政府网站叫什么", is the sentence naming it)
  // (before the contact rules: "信息一般在哪儿能看到" asks where it is published, not the office's address)
  publishedWhereAsked,
  channelNameAsked,
  // (before contact-fields-asked: "社保局电话多少" asks another body's phone, not this office's)
  otherBodyContact,
  // (and "各县区联系人的手机号" the contacts of the offices under it, none of which the report prints)
  contactsOfMany,
  contactFieldsAsked,
  // (whether the report prints one contact detail, "年报里有写邮箱吗": that detail's answer)
  fieldPrintedAsked,
  honestLimit,
  // (which official leads the work, of a report that names one: that sentence, before the fallback for officials)
  officialInReport,
  officialPerson,
  // (the bot's own judgement of offices asked, "你觉得哪个单位做得更好": the fallback, not where to apply)
  judgementAsked,
  // (before out-of-scope: a thing of another matter asked to be disclosed, "申请公开低保名单 咋个申请", is how to apply)
  disclosureHowAsked,
  outOfScope,
  offTopicWord,
  moneyOfAnotherMatter,
  otherMatterContact,
  otherMatterComplaint,
  // (before rare-term-passage and the fee intents 多少钱 reads: "专项资金批了多少钱" is that thing's amount, said or not)
  amountOfReportThing,
  // (before rare-term-passage: why a kind the law lists is published at all is the law's answer, not a sentence naming it)
  whyPublishedAsked,
  rareTermPassage,
  // (before passage-follow-up and mostly-unknown: "那现在能去不" after a sentence of a plan asks whether it is there yet)
  planStatusFollowUp,
  passageFollowUp,
  countFollowUp,
  whatIfFollowUp,
  // (before mostly-unknown: the story's dialect words do not hide where the office named is)
  officeWhereAsked,
  officeDetailAsked,
  // (before mostly-unknown and close-call: "年报里有没有提到菜市场改造" of a thing the report never names says so — whatever
  // words the intents lack — and is no reading of 报告里…有吗)
  mentionAsked,
  mostlyUnknown,
  unknownTopic,
  reportOnlyWords,
  // (which areas the proactive disclosure covered, or why so much: its list of points, before the passage a lone sentence gives)
  proactiveAreasAsked,
  narrativeFigure,
  // (before close-call and the contact rules: "能不能打电话说一下就算申请" asks how one may apply, not the phone)
  applyByPhone,
  noCandidate,
  // (before the close calls and confident intents: "为什么…内容比较单一" read as 为什么不给我公开 from its common words alone)
  whyReportWordsOverWeakIntent,
  closeCall,
  // (before confident-intent: "…该怎么提交申请" read nearest as where to hand it in asks how)
  howNotWhere,
  // (before confident-intent: "亮河镇21年依申请" jots the report's requests, not how to apply)
  requestsPartNamed,
  // (before confident-intent: "条例是国务院令第几号" asks a decree's number, no address's 几号)
  decreeNumberAsked,
  // (a short follow-up whose words all stand in one clause of the last passage, "调整情况报给哪里备案了": that clause)
  clauseOfLastPassage,
  // (a thing named alone right after a passage listing counts, "年报呢？", "结果信息": its clause, before the intent the word reads)
  itemInLastAnswer,
  // (the period the figures cover named with its ends asked, "统计期是从几号到几号": the period, not an address's 几号 — after the rules that read
  // the report's year or a figure in it)
  statisticsPeriodNamed,
  // (where to go asked with going there, "在哪 我想直接过去一趟": the address)
  // (before visit-where-asked and the contact intents: where to read the published information in person is no address)
  // (before the contact intents: which rules besides the Regulation the office follows, in the report's words)
  rulesFollowedAsked,
  readingPointAsked,
  visitWhereAsked,
  // (a how-many alone, "多少件", nothing before it to count: the fallback, not the fee rules' 超过多少件)
  countWithoutSubject,
  // (a total asked alone right after a figure with its parts, "合计几件": that figure, its total first)
  totalOfLastFigure,
  // (a story, then one contact detail asked for outright: that detail, before the story's words read another intent)
  contactWantedAfterStory,
  // (a term of the report's own asked what it is, "'五公开'是哪五个": its sentence, before an intent's guess)
  reportTermAsked,
  // (how what is published is checked first, "发信息之前审核几道关": the report's review system, before an intent's guess)
  publishReviewAsked,
  confidentIntent,
  contactDetailWanted,
  loneIntentWord,
  weakMatchPassage,
  // (before the tentative rules: a weak contact reading of a message that asks no contact is no answer)
  contactNotAsked,
  // (before the tentative rules: the report's own words quoted in a why, "为什么年报里说内容单一", are its point)
  whyReportSays,
  // (a how-many of a thing nothing names, read faintly: the report does not give it)
  countOfUnnamedThing,
  tentativeCloseCall,
  tentativeIntent,
  signatureIntent,
  noMatch,
];

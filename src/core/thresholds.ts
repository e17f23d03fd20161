/**
 * Every number the understanding and the policy decide by, each with the reason for its value.
 * Scores are the classifier's cosine scores (0…1, see src/understand/classifier.ts); coverages are the
 * share of a question's content words a passage must hold (src/answer/retrieve.ts). The values were set
 * by measurement on the question sets (`npm run eval`, `npm run trace`): change one, run both, and
 * review every re-routed question in test/decision-trace.tsv.
 */
export const THRESHOLDS = {
  /** A candidate at or above this answers. Below it, most eval misses were near-topic confusions. */
  answer: 0.42,
  /** Between clarify and answer, or two candidates within `margin`: ask which one. Below it, matches were mostly noise. */
  clarify: 0.3,
  /** Two candidates of different topics closer than this are a coin toss: ask. */
  margin: 0.04,
  /** Share of unknown content words above which a question is off-topic (half the words unknown: not our domain). */
  unknown: 0.5,
  /** Passage answers need this share of the question's content words (fewer matched stray words like 工作). */
  coverage: 0.6,
};

/** Named values of the policy rules and the understanding (src/core/policy/*, src/core/understanding.ts). */
export const POLICY = {
  // ---- understanding
  /** A conversation quiet this long (minutes) starts afresh: a follow-up after it would be read against a forgotten question. */
  contextQuietMinutes: 30,
  /** A message this short after an answer is read as a follow-up ("地址呢", "企业呢", "要多久？"). */
  followUpMaxChars: 8,
  /** Questions longer than this are also ranked clause by clause (a question inside a story). */
  clauseMinChars: 24,
  /** The clause that asks ("能不能告诉我…电话") outweighs the story around it by this much. */
  askingClauseBonus: 0.08,
  /** In a conversation, the previous intent gains this on a short or unclear question… */
  followUpSameIntentBonus: 0.06,
  /** …and another intent of its topic this much (half: the topic is likelier, not the intent). */
  followUpSameTopicBonus: 0.03,
  /** Report-only words: rare in the report (in at most this many passages), so they name a fact of it. */
  reportOnlyMaxPassages: 3,
  /** Report-only words have at least this many characters (single characters are noise). */
  reportOnlyMinChars: 2,

  // ---- rules
  /** A follow-up that names only a report or year ("那2025年呢") repeats the last intent with this confidence. */
  slotFollowUpConfidence: 0.9,
  /** An option picked from a clarify question ("1") is certain. */
  choiceConfidence: 1,
  /** A named report we do not have wins over a report-free intent unless that intent is this much above `answer`. */
  reportFreeOverMissingReport: 0.2,
  /** Another intent beats figure words only when it leads the figures intent by this much on a how-many question… */
  otherOverFigureQuantity: 0.3,
  /** …or by this much otherwise ("复议期限" is a procedure question despite 复议). */
  otherOverFigure: 0.12,
  /** A figure answer is at least this confident (figure words found are strong evidence even when the classifier is weak). */
  figureMinConfidence: 0.6,
  /** Mostly unknown words make a question off-topic unless the best match is this much above `answer`. */
  unknownOverAnswer: 0.15,
  /** …and it takes this many unknown words when the match is at or above `answer` (one stray word is not enough). */
  unknownMinCount: 2,
  /** Passage coverage for a question made mostly of words only the report uses. */
  unknownPassageCoverage: 0.6,
  /**
   * A why of the report's own words ("为什么…内容比较单一") answers from the report's sentence over an intent read below this
   * score: 为什么 and 公开 alone read "为什么不给我公开" at 0.44–0.49 (fresh202's d-why-05), while an intent's own words read
   * above 0.55.
   */
  whyReportWordsOverIntent: 0.5,
  /** Report-only words override a match below this score (a stronger match knows what it is about). */
  reportOnlyMaxScore: 0.8,
  /** …and then the passage must cover this much when the match itself was good enough to answer. */
  reportOnlyCoverage: 0.75,
  /**
   * A story, then how long, and the story's words won ("想申请公开征地的文件，递上去以后多少天内要答复我"): the
   * reply time limit (time-limit-of), when it is at least a candidate this strong. Below it, the how-long words
   * matched nothing of the time limit's examples (a duration of something else).
   */
  howLongCandidateMin: 0.2,
  /** A word only the report uses this long is a name of its own ("政务公开专区"): the passage holding it answers a weak match… */
  rareTermMinChars: 4,
  /** …when it holds this share of the question's content words (the rest is the asker's "建好了没", "卡在哪儿了"). */
  rareTermCoverage: 0.3,
  /** A how-many question with no figure words goes to a passage when the best non-figure match is below this. */
  narrativeMaxScore: 0.6,
  /** …and the passage must cover this much of it. */
  narrativeCoverage: 0.8,
  /** A weak match (between clarify and answer) is replaced by a passage that covers this much. */
  tentativePassageCoverage: 0.8,
  /**
   * The asker's own remedy asked in words ("能告他们吗", "去哪起诉"): the words are the evidence, so a remedy
   * intent anywhere among the candidates at this score is enough (a long story dilutes the match: 0.22).
   */
  remedyPatternMin: 0.15,
  /**
   * A weak match whose question names a word only its intent uses is taken down to this score (a long message
   * about applying dilutes the match: "我这个月打算申请二十多件，会不会收费" reads 要收费吗 at 0.23).
   */
  signatureMinScore: 0.2,
  /**
   * A match that shares no content word with the question gives way to a candidate this close that shares
   * one ("我能去哪投诉": 怎么投诉 0.44 over 我能申请吗 0.55, a match on 我能 alone).
   */
  contentMargin: 0.15,
  /**
   * A figure the tables do not give, looked for in the text: the figure words asked are evidence enough for
   * a looser cover than a free question's ("依申请公开一共收到几件" ~ "接受依申请公开1条": 0.59).
   */
  proseFigureCoverage: 0.5,
  /**
   * A contact asked with this many words neither intents nor reports know, and nothing of the domain: another
   * matter (楼上, 漏水, 物业 …). One unknown word is too little (a street name, a typo).
   */
  otherMatterUnknownWords: 2,
  /**
   * …and this close when the match shares only the domain's own words (申请, 信息公开), which lift its score
   * without telling the topic ("申请公开政府信息收费吗": 申请公开政府信息的流程 0.62 on them, 要收费吗 0.46).
   */
  domainContentMargin: 0.2,
  /** Naming a report and a report-free best match within this of a report-bound runner-up: treat as close. */
  namedReportMargin: 0.12,
  /**
   * The figures intent with no figure word in the question ("每个月几件以内不收费": 几件 alone) gives way to
   * the next intent when it leads by less than this: its match rests on a question word.
   */
  figureWithoutWordsMargin: 0.05,
  /**
   * Two matches this close are told apart by the kind of question: the one whose example asks the same
   * kind (how, who, where …) as the question wins ("怎么申请…" → how to apply, not who may apply).
   */
  kindMargin: 0.06,
  /**
   * …and this close when the lead's example asks another kind outright ("谁可以申请政府信息公开" leads
   * "怎么申请政府信息公开" by 0.08 on the shared words): the kinds disagree, so the words' lead counts less.
   */
  kindConflictMargin: 0.1,
  /**
   * …and this close for a how-long question: only a time limit answers it ("我要向丁蜀镇申请公开…的文件，多久
   * 能答复": 多久能收到答复 0.34 under 我要申请公开一份政府文件 0.47).
   */
  durationKindMargin: 0.15,
  /**
   * A how-long question whose lead is itself weak (under `answer`) may be taken by a time limit at this score,
   * a little under `clarify`: a long spoken question dilutes every match ("那个行政复议要在多长时间里面提啊过了时间
   * 还能不能提": 复议期限 0.275 under 信息公开申请怎么提 0.304).
   */
  durationKindFloor: 0.25,
  /**
   * The fee named in the asking clause may take the question at this score, under `clarify`: the words around it
   * ("为啥依申请公开政府信息不收钱") are the domain's own and dilute the fee's match (收费 0.245 under the how-to's 0.362).
   */
  feeNamedFloor: 0.2,
  /**
   * A department asked and no contact block names one: a passage covering this much that says who is in
   * charge ("局办公室负责政府信息公开工作…"); lower than `coverage`, the responsibility words guard it.
   */
  responsibleCoverage: 0.5,
  /** A passage stating the stock asked comes before one telling only a change if it covers this share of it as much. */
  stockCoverageShare: 0.4,
  /** A clause this long at least that asks counts as a question of its own (two questions in one message). */
  askMinChars: 4,
  /**
   * A figure asked of no office answers for each loaded office up to this many (a county with its
   * departments); more (a province's platform) and the asker is asked which office.
   */
  eachOfficeMax: 12,
  /**
   * The second question of a message, read alone, adds an intent's answer only from this score: without the
   * rest of the message a clause matches loosely ("报告里到底写的啥理由" ~ 报告里写的信息处理费 0.49;
   * "联系电话多少" ~ 联系电话 1.0).
   */
  secondAskIntentScore: 0.6,
  /** The confidence a passage answer reports. */
  passageConfidence: 0.6,

  // ---- passages (src/core/execute.ts narrative())
  /**
   * A passage with a count in the unit asked for (best: followed by the thing asked, "16个政务新媒体账号")
   * may be this much below the best coverage and still lead: that sentence covers 新媒体 only inside
   * 政务新媒体 (0.79 against 1.0 for a sentence that names 新媒体账号 twice but counts a change).
   */
  unitCoverageSlack: 0.25,
  /**
   * count-in-report: a sentence with a number in the unit asked next to the thing asked is strong
   * evidence, so it needs only this share of the question's words ("目前办公室负责政务公开工作的有几个人" covers 0.25).
   */
  countedPassageCoverage: 0.25,
  /** A rare word plus a count in the unit asked for lowers the coverage needed by this much. */
  countedCoverageBonus: 0.1,
  /** Without a rare word, a passage needs this coverage when rare words are required. */
  commonWordsCoverage: 0.9,
};

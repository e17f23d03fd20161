const { loadKnowledge } = await import('../dist/core/bot.js');
const { findMetric } = await import('../dist/understand/metrics.js');
const { kn } = await loadKnowledge({});
for (const t of process.argv.slice(2)) console.log(t, JSON.stringify(findMetric(t, kn.lexicon)));

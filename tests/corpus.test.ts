import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readJsonl } from '../scripts/lib/corpus.ts';
import { evaluate } from '../scripts/lib/metrics.ts';
import { CATEGORIES } from '../src/analysis/types.ts';

/**
 * Score floors, set just under what `npm run eval` measured: a change that
 * makes the detector worse on either labelled set fails here. Raise them when
 * the detector improves; never lower them to make a change pass.
 */
const setsIn = (folder: string): string[] =>
  readdirSync(resolve(import.meta.dirname, 'fixtures', folder))
    .filter((file) => file.endsWith('.jsonl'))
    .map((file) => resolve(import.meta.dirname, 'fixtures', folder, file));
const CALIBRATION = setsIn('calibration');

const FLOORS = {
  dev: {
    path: resolve(import.meta.dirname, '../../shared/corpus/dev.jsonl'),
    macroF1: 0.97,
    categoryF1: 0.93,
    falseFlagRate: 0.03,
  },
  validation: {
    path: resolve(import.meta.dirname, 'fixtures/validation.jsonl'),
    macroF1: 0.97,
    categoryF1: 0.9,
    falseFlagRate: 0.03,
  },
  /**
   * Written by someone who had not seen the rules: 0.81 macro-F1 (en 0.81, fr 0.80) before any rule saw it; the
   * rules have been tuned on it since, so it now guards against regressions like the others.
   */
  blind: {
    path: resolve(import.meta.dirname, 'fixtures/validation-blind.jsonl'),
    macroF1: 0.97,
    categoryF1: 0.9,
    falseFlagRate: 0.03,
  },
  /**
   * Written by someone who had not seen the rules and scored once, after the rules and the model were final, before
   * anyone read its mail: 0.928 (en 0.933, fr 0.924; one French clean email flagged). Judge later changes on a new
   * fresh set: tuning on this one would make it a regression guard like the others.
   */
  freshJudge: {
    path: resolve(import.meta.dirname, 'fixtures/fresh-judge.jsonl'),
    macroF1: 0.9,
    categoryF1: 0.75,
    falseFlagRate: 0.1,
  },
  /**
   * A second judge, written blind with the dev corpus's own mix (40% clean, most flagged emails with two labels), and
   * scored once: 0.892 (en 0.861, fr 0.925; one English clean email flagged). Partly tuned on since (0.918).
   */
  freshJudgeDevMix: {
    path: resolve(import.meta.dirname, 'fixtures/fresh-judge-devmix.jsonl'),
    macroF1: 0.87,
    categoryF1: 0.8,
    falseFlagRate: 0.05,
  },
  /**
   * A third fresh set with the dev corpus's mix, written blind on 2026-12-02 and scored once after that day's second
   * wave of rules: 0.876 (en 0.889, fr 0.856; 0.857 with the morning's code). The last wave was steered by it.
   * English scope creep sits at 0.889 since the model overrules one of its finds (a journal bolted onto a store, in a
   * mail it reads as 13% scope creep): the price of the 24 false findings that veto drops on the calibration pool.
   */
  freshJudgeDevMix2: {
    path: resolve(import.meta.dirname, 'fixtures/fresh-judge-devmix-2.jsonl'),
    macroF1: 0.97,
    categoryF1: 0.88,
    falseFlagRate: 0.03,
  },
  /**
   * The judge of 2026-12-02's first half, the dev corpus's mix, scored once: 0.900 (en 0.878, fr 0.923; 5% of clean
   * emails flagged) against 0.876 with the morning's code. The next wave was steered by it (now 0.995).
   */
  freshJudgeDevMix3: {
    path: resolve(import.meta.dirname, 'fixtures/fresh-judge-devmix-3.jsonl'),
    macroF1: 0.97,
    categoryF1: 0.9,
    falseFlagRate: 0.03,
  },
  /**
   * A judge from a writer new to the project, sealed (only its scores are read): 0.860 (en 0.869, fr 0.849; 15% of
   * clean emails flagged) when first scored, against 0.807 with the code from before; 0.898 (en 0.878, fr 0.917; 10%)
   * once the model overruled unlikely rule findings, learned from 1,100 more emails and the rules' waves 13 and 14;
   * 0.911 (en 0.875, fr 0.944; 7.5%) once it learned from 5,120 emails and overruled off-hours findings it reads under 15%;
   * 0.920 (en 0.893, fr 0.944; 7.5%) once it was regularised less (C 30, was 10).
   */
  freshJudgeDevMix4: {
    path: resolve(import.meta.dirname, 'fixtures/fresh-judge-devmix-4.jsonl'),
    macroF1: 0.87,
    categoryF1: 0.7,
    falseFlagRate: 0.125,
  },
  /**
   * The newest judge, from another new writer, sealed: 0.890 (en 0.855, fr 0.925; 12.5%) with the code from before
   * the last round of work, 0.893 (en 0.848, fr 0.936; 10%) after it, 0.921 (en 0.889, fr 0.952; 5%) on 2026-12-02's
   * second session; 0.932 (en 0.896, fr 0.965; 2.5%) once the model was regularised less (C 30, was 10); 0.937 (en
   * 0.906; 2.5%) once it could be sure from one sentence.
   */
  freshJudgeDevMix7: {
    path: resolve(import.meta.dirname, 'fixtures/fresh-judge-devmix-7.jsonl'),
    macroF1: 0.88,
    categoryF1: 0.8,
    falseFlagRate: 0.075,
  },
  /**
   * Fourteen sets from fourteen new writers (tests/fixtures/sealed/). Sets 75 to 80 were written blind while the last
   * work of 2026-12-02 was done and scored once, with it final: 0.915 (en 0.887, fr 0.940; 3.3% of clean emails
   * flagged). Only their scores are read: they judge the next changes. The first they judged (the model learning from ordinary business mail, and
   * the thresholds that allowed): 0.922 (en 0.901, fr 0.944; 2.1%); with twice that business mail, 0.929 (en 0.913,
   * fr 0.944; 2.1%); with three times, 0.930 (en 0.914, fr 0.946; 1.7%); regularised less (C 30, was 10), 0.934
   * (en 0.922, fr 0.947; 1.7%). Sets 93 to 100, written blind on the evening of 2026-12-02, first read 0.939 (en
   * 0.945, fr 0.931; 3.1%), then 0.935 (en 0.941, fr 0.928; 3.1%). All 1,400: 0.935 (en 0.933, fr 0.936; 2.5%); once
   * the model could be sure from one sentence, 0.939 (en 0.936, fr 0.943; 2.5%). Sets 103 and 104, written blind on
   * the morning of 2026-12-03: 0.942 (en 0.918, fr 0.964; 1.3%), before and after that morning's rules. All 1,600:
   * 0.941 (en 0.934, fr 0.947; 2.3%).
   */
  sealed: {
    path: setsIn('sealed'),
    macroF1: 0.92,
    categoryF1: 0.88,
    falseFlagRate: 0.035,
  },
  /**
   * Two sets from two new writers, written blind on the morning of 2026-12-03, whose errors steered that morning's
   * rules (tests/fixtures/steered/): 0.908 (en 0.892, fr 0.922; 3.8%) when first scored, 0.929 (en 0.915, fr 0.942;
   * 2.5%: two of 40 clean English emails) after; 100 emails a language, so one category's F1 moves in big steps (en
   * off-hours 0.83, fr rate pressure 0.86).
   */
  steered: {
    path: setsIn('steered'),
    macroF1: 0.9,
    categoryF1: 0.8,
    falseFlagRate: 0.06,
  },
  /**
   * The calibration pool: ten sets from ten new writers that no rule was written from and the model never trained
   * on, which chose the model's thresholds (src/analysis/model/second-opinion.ts): 0.924 (en 0.915, fr 0.934; 5.5%),
   * against 0.913 (7.5%) with the thresholds from before. Now 1,700 emails from 17 writers: 0.923 (en 0.911, fr 0.933;
   * 4.4%), then 0.929 (en 0.922, fr 0.935; 3.8%) once the model learned from 400 ordinary business mails, 0.933
   * (en 0.926, fr 0.939; 3.2%) from 800, 0.933 (en 0.927, fr 0.938; 3.2%) from 1,200; 0.937 (en 0.929, fr 0.944;
   * 2.1%) regularised less (C 30, was 10), which the pool chose among C 10, 30 and 50; 0.942 (en 0.935, fr 0.949;
   * 2.1%) once the model could be sure from one sentence.
   */
  calibration: {
    path: CALIBRATION,
    macroF1: 0.92,
    categoryF1: 0.86,
    falseFlagRate: 0.035,
  },
};

describe.each(Object.entries(FLOORS))('detector on the %s set', (_name, floor) => {
  const result = evaluate([floor.path].flat().flatMap((path) => readJsonl(path)));

  test.each(['en', 'fr'] as const)('%s: macro-F1, every category and false flags above their floors', (lang) => {
    const scores = result.perLang[lang];
    expect(scores.macroF1).toBeGreaterThanOrEqual(floor.macroF1);
    for (const category of CATEGORIES) {
      expect(scores.categories[category].f1, category).toBeGreaterThanOrEqual(floor.categoryF1);
    }
    expect(scores.falseFlagRate).toBeLessThanOrEqual(floor.falseFlagRate);
  });
});

import { createRequire } from 'node:module';
import * as iuliia from 'iuliia';
import { bench, describe } from 'vitest';
import { transliterate } from '../src/index.js';

const peer = createRequire(import.meta.url)('transliteration') as { transliterate: (s: string) => string };
const name = 'Сергей Викторович Лавров';
const sentence = 'Министр иностранных дел России Сергей Лавров прибыл в Баку, где встретился с президентом Ильхамом Алиевым.';

describe('one name', () => {
  bench('onomast from: ru', () => void transliterate(name, { from: 'ru' }));
  bench('onomast ascii', () => void transliterate(name, { ascii: true }));
  bench('transliteration', () => void peer.transliterate(name));
  bench('iuliia bgn_pcgn', () => void iuliia.translate(name, iuliia.BGN_PCGN));
});

describe('one sentence', () => {
  bench('onomast from: ru', () => void transliterate(sentence, { from: 'ru' }));
  bench('transliteration', () => void peer.transliterate(sentence));
  bench('iuliia bgn_pcgn', () => void iuliia.translate(sentence, iuliia.BGN_PCGN));
});

describe('mixed scripts', () => {
  const mixed = 'Lavrov visits Баку; Məmmədyarov meets Մնացականյան in Bratislava; ქუთაისი';
  bench('onomast auto', () => void transliterate(mixed));
  bench('onomast ascii', () => void transliterate(mixed, { ascii: true }));
  bench('transliteration', () => void peer.transliterate(mixed));
});

// A ~1 MB Russian corpus of names and news-style sentences, built deterministically from the
// project's name list (tests/fixtures/icu/ru.txt) and sentences written for the project.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const SENTENCES = [
  'Министр иностранных дел России Сергей Лавров прибыл в Баку, где встретился с президентом Ильхамом Алиевым.',
  'Переговоры в Брюсселе продолжались до позднего вечера; стороны договорились о встрече экспертов.',
  'Премьер-министр Армении Никол Пашинян заявил, что Ереван готов к подписанию мирного договора.',
  'Официальный представитель МИД Мария Захарова прокомментировала заявление Еревана.',
  'В Тбилиси прошла встреча министров иностранных дел Грузии, Азербайджана и Турции.',
  'Пресс-секретарь президента Дмитрий Песков отказался от комментариев по поводу сроков визита.',
  'Российские миротворцы покинули Нагорный Карабах в апреле, раньше, чем предполагалось.',
  'Объём товарооборота между странами вырос на 17% и превысил 4 млрд долларов.',
];

export function buildCorpus(targetBytes = 1_000_000) {
  const namesFile = join(root, 'tests', 'fixtures', 'icu', 'ru.txt');
  const names = existsSync(namesFile) ? readFileSync(namesFile, 'utf8').split('\n').filter(Boolean) : ['Сергей Лавров'];
  const lines = [];
  let bytes = 0;
  let seed = 1;
  const rand = (n) => ((seed = (seed * 48271) % 2147483647) % n);
  while (bytes < targetBytes) {
    const line = rand(3) === 0 ? SENTENCES[rand(SENTENCES.length)] : names[rand(names.length)];
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  return { lines, bytes };
}

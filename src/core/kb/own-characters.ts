import type { KbEntity } from './model';

/** Countries whose bodies' names are written in Chinese characters of their own (kanji, hanja). */
const OWN_CHARACTER_COUNTRIES = /^country:(?:JP|KR|KP)$/;

/**
 * An organisation or outlet of such a country: its zh name is its own name's characters (丰田
 * Toyota, 三星 Samsung, 现代 Hyundai), which a translation from Chinese reads in pinyin
 * ("Fengtian", "Sanxing", "Xiandai"), whatever the characters also mean in Chinese.
 */
export const namedInOwnCharacters = (e: Pick<KbEntity, 'type' | 'country'>): boolean => (e.type === 'ORG' || e.type === 'MEDIA') && OWN_CHARACTER_COUNTRIES.test(e.country ?? '');

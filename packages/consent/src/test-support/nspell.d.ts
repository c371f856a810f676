// The part of nspell's API the Welsh spell check uses (nspell ships no type declarations).
declare module "nspell" {
  interface Speller {
    correct(word: string): boolean;
  }
  export default function nspell(dictionary: {
    aff: Uint8Array | string;
    dic?: Uint8Array | string;
  }): Speller;
}

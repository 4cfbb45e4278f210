// The installed qrcode package ships no types; this is the one call Styrbord makes.
declare module 'qrcode' {
  export function toString(
    text: string,
    options: { type: 'svg'; errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H'; margin?: number },
  ): Promise<string>;
}

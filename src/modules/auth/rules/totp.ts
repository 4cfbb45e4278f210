import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

/** Codes from the previous and the next 30-second step are accepted too (clock drift). */
const TOLERANCE_SECONDS = 30;

export const newTotpSecret = (): string => generateSecret();

export interface TotpEnrolment {
  secret: string;
  uri: string;
  /** The otpauth URI as an SVG QR code, for an img element. */
  qrCode: string;
}

export async function totpEnrolment(username: string, secret: string): Promise<TotpEnrolment> {
  const uri = generateURI({ issuer: 'Styrbord', label: username, secret });
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/**
 * The time step of a right code, or null. A step at or before lastStep is refused, so a code
 * that has been used once (or an older one) cannot be replayed.
 */
export async function checkTotp(secret: string, code: string, lastStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epochTolerance: TOLERANCE_SECONDS,
    ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

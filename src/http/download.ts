import type { FastifyReply } from 'fastify';

/** A file the API answers with, to be saved under `filename` (already safe inside the quotes). */
export interface Download {
  body: Buffer | string;
  filename: string;
  contentType: string;
}

/** Answers with a file to save rather than show: its content type and its download name. */
export function sendDownload(reply: FastifyReply, file: Download): FastifyReply {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .send(file.body);
}

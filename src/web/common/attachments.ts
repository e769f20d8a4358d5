/** A file as the server takes it: inline, base64-encoded, beside its name. */
export interface AttachmentUpload {
  filename: string;
  contentBase64: string;
}

/** What the pickers offer; the server checks the content itself whatever the name says. */
export const ATTACHMENT_ACCEPT = 'image/*,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.wps,.ofd';

function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    // A data URL is "data:<type>;base64,<content>"; only the content is sent.
    reader.onload = () => resolve(String(reader.result).split(',', 2)[1] ?? '');
    reader.readAsDataURL(file);
  });
}

export async function toAttachment(file: File): Promise<AttachmentUpload> {
  return { filename: file.name, contentBase64: await base64Of(file) };
}

export function toAttachments(files: readonly File[]): Promise<AttachmentUpload[]> {
  return Promise.all(files.map(toAttachment));
}

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAttachment } from '../../common/attachments';
import { MAX_PHOTO_BYTES, MAX_PHOTOS, PHOTO_ACCEPT, type PickedFile } from './complaint';

interface PhotoPickerProps {
  value: PickedFile[];
  onChange: (files: PickedFile[]) => void;
  error: string | null;
}

async function pick(file: File): Promise<PickedFile> {
  const upload = await toAttachment(file);
  const preview = file.type.startsWith('image/') ? `data:${file.type};base64,${upload.contentBase64}` : null;
  return { ...upload, preview, size: file.size };
}

/** Photos and documents, read in the browser and sent with the complaint. */
export function PhotoPicker({ value, onChange, error }: PhotoPickerProps) {
  const { t } = useTranslation('portal');
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const add = async (files: FileList | null) => {
    const chosen = Array.from(files ?? []);
    if (input.current) input.current.value = '';
    const allowed = PHOTO_ACCEPT.split(',');
    const wrongType = chosen.find((file) => !allowed.includes(file.type));
    const tooBig = chosen.find((file) => file.size > MAX_PHOTO_BYTES);
    if (wrongType) return setProblem(t('file.errors.photoType'));
    if (tooBig) return setProblem(t('file.errors.photoSize', { name: tooBig.name }));
    if (value.length + chosen.length > MAX_PHOTOS) return setProblem(t('file.errors.photoCount', { max: MAX_PHOTOS }));
    setProblem(null);
    onChange([...value, ...(await Promise.all(chosen.map(pick)))]);
  };
  const shown = problem ?? error;
  return (
    <section className="p-field" id="photos">
      <div className="p-label">{t('file.photos')}</div>
      {value.length > 0 && (
        <div className="p-photos">
          {value.map((file, index) => (
            <div className="p-photo" key={`${file.filename}-${index}`}>
              {file.preview ? <img src={file.preview} alt={file.filename} /> : file.filename}
              <button type="button" onClick={() => onChange(value.filter((_, i) => i !== index))} aria-label={`${t('file.remove')} ${file.filename}`}>
                {t('file.remove')}
              </button>
            </div>
          ))}
        </div>
      )}
      <input ref={input} type="file" accept={PHOTO_ACCEPT} multiple hidden onChange={(e) => void add(e.target.files)} data-testid="photo-input" />
      <button type="button" className="p-btn p-btn-plain p-btn-block" onClick={() => input.current?.click()} disabled={value.length >= MAX_PHOTOS}>
        {t('file.addPhotos')}
      </button>
      <div className="p-hint">{t('file.photosHint', { max: MAX_PHOTOS })}</div>
      {shown && (
        <div className="p-error" role="alert">
          {shown}
        </div>
      )}
    </section>
  );
}

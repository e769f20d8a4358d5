import { Skeleton } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** Renders text as a QR code image, drawn locally so the secret never leaves the page. */
export function QrImage({ text, alt, size = 200 }: { text: string; alt: string; size?: number }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void QRCode.toDataURL(text, { width: size, margin: 1, errorCorrectionLevel: 'M' }).then((data) => {
      if (current) setUrl(data);
    });
    return () => {
      current = false;
    };
  }, [text, size]);
  if (!url) return <Skeleton.Image active style={{ width: size, height: size }} />;
  return <img src={url} alt={alt} width={size} height={size} style={{ display: 'block' }} />;
}

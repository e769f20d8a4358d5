import { QrImage } from '../../auth/QrImage';

interface QrCardProps {
  name: string;
  organisation: string;
  roundTitle: string;
  link: string;
  alt: string;
}

/** One evaluator's invitation on paper: who it is for, the code to scan and the link to type. */
export function QrCard({ name, organisation, roundTitle, link, alt }: QrCardProps) {
  return (
    <div className="qr-card" data-testid="qr-card">
      <div className="qr-card-name">{name}</div>
      <div className="qr-card-organisation">{organisation}</div>
      <div className="qr-card-round">{roundTitle}</div>
      <QrImage text={link} alt={alt} size={150} />
      <div className="qr-card-link">{link}</div>
    </div>
  );
}

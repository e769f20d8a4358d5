import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate } from 'react-router';

/** A quiet link back up to the page this one belongs to. */
export function BackLink({ to, label }: { to: string; label: string }) {
  const navigate = useNavigate();
  return (
    <Button type="link" icon={<ArrowLeftOutlined />} style={{ alignSelf: 'flex-start', paddingInline: 0 }} onClick={() => void navigate(to)}>
      {label}
    </Button>
  );
}

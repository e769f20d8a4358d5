import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function CrashNotice() {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('errors.crashed')}
      extra={<Button onClick={() => window.location.reload()}>{t('actions.retry')}</Button>}
    />
  );
}

interface State {
  failed: boolean;
}

/** Keeps the shell usable when one page throws, e.g. after a deploy removed its old chunk. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(previous: { resetKey?: string }): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render() {
    return this.state.failed ? <CrashNotice /> : this.props.children;
  }
}

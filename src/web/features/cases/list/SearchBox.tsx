import { Input, type InputRef } from 'antd';
import { useState, type CSSProperties, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface SearchBoxProps {
  value: string;
  onSearch: (q: string) => void;
  style?: CSSProperties;
  /** For the list's "/" key, which puts the focus here. */
  inputRef?: Ref<InputRef>;
}

/** Searches on Enter, not on every key: the server runs a Chinese full-text query each time. */
export function SearchBox({ value, onSearch, style = { width: 260 }, inputRef }: SearchBoxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  // A reset or a link changes the filter from outside; follow it without an effect.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  return (
    <Input.Search
      ref={inputRef}
      allowClear
      value={text}
      onChange={(event) => setText(event.target.value)}
      onSearch={(q) => onSearch(q.trim())}
      placeholder={t('cases.filters.searchPlaceholder')}
      aria-label={t('cases.filters.searchPlaceholder')}
      style={style}
      data-testid="case-search"
    />
  );
}

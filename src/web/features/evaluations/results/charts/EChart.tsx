import { useEffect, useRef } from 'react';
import { init, type ChartOption, type EChartsType } from './echarts';

interface EChartProps {
  option: ChartOption;
  height: number;
  /** Read by screen readers in place of the drawing. */
  label: string;
}

/** An ECharts drawing that follows its option and the width of its container. */
export function EChart({ option, height, label }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  useEffect(() => {
    chart.current?.resize();
  }, [height]);
  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />;
}

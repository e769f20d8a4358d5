import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { intakeBody } from './intakeBody';

const base = { category: 'cold_attitude', title: ' 窗口态度差 ', body: '办事人员不理睬。 ', unitId: 7 };

describe('the intake request', () => {
  it('sends a hotline call with its line and an ISO call time, trimmed text and no empty reporter', () => {
    const callTime = dayjs('2011-03-04T09:30:00+08:00');
    const body = intakeBody({ ...base, channel: 'hotline', detail: { line: 'line2', callTime, box: 'left over' }, reporter: { name: ' ', phone: '' } }, []);
    expect(body).toEqual({
      channel: 'hotline',
      detail: { line: 'line2', callTime: callTime.format() },
      unitId: 7,
      category: 'cold_attitude',
      title: '窗口态度差',
      body: '办事人员不理睬。',
      attachments: [],
    });
  });

  it('sends only the fields of the chosen channel, dates as days', () => {
    const body = intakeBody(
      { ...base, unitId: null, channel: 'media', detail: { outlet: '哈尔滨日报', publishedOn: dayjs('2011-05-06'), link: '', line: 'line1' }, reporter: { name: '张三', phone: '13912345678' } },
      [{ filename: 'a.png', contentBase64: 'AA==' }],
    );
    expect(body.detail).toEqual({ outlet: '哈尔滨日报', publishedOn: '2011-05-06' });
    expect(body.reporter).toEqual({ name: '张三', phone: '13912345678' });
    expect(body.unitId).toBeUndefined();
    expect(body.attachments).toHaveLength(1);
  });

  it('sends an empty detail for a walk-in with no place', () => {
    expect(intakeBody({ ...base, channel: 'walk_in' }, []).detail).toEqual({});
  });

  it('sends named persons concerned and secondary categories without the primary one', () => {
    const body = intakeBody(
      {
        ...base,
        channel: 'walk_in',
        personsConcerned: [{ name: ' 李某 ', position: ' 窗口科员 ' }, { name: '', position: '科长' }, undefined, { name: '王某' }],
        secondaryCategories: ['inefficiency', 'cold_attitude', 'inefficiency'],
      },
      [],
    );
    expect(body.personsConcerned).toEqual([{ name: '李某', position: '窗口科员' }, { name: '王某' }]);
    expect(body.secondaryCategories).toEqual(['inefficiency']);
    expect(intakeBody({ ...base, channel: 'walk_in', personsConcerned: [{ name: ' ' }], secondaryCategories: [] }, [])).not.toHaveProperty('personsConcerned');
  });
});

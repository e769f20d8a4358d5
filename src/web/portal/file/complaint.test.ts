import { describe, expect, it } from 'vitest';
import { checkDraft, complaintBody, EMPTY_DRAFT, recheck, serverErrors } from './complaint';

const filled = { ...EMPTY_DRAFT, category: 'cold_attitude', title: ' 窗口冷漠 ', body: '工作人员不理睬。' };

describe('the portal complaint', () => {
  it('asks only for the problem when anonymous', () => {
    expect(checkDraft(EMPTY_DRAFT)).toEqual({ category: 'categoryRequired', title: 'titleRequired', body: 'bodyRequired' });
    expect(checkDraft(filled)).toEqual({});
  });

  it('asks a named reporter for a name and a valid phone, and checks an ID number if given', () => {
    const named = { ...filled, anonymous: false, phone: '12345', idNumber: '110105194912310021' };
    expect(checkDraft(named)).toEqual({ name: 'nameRequired', phone: 'phoneInvalid', idNumber: 'idInvalid' });
  });

  it('sends no identity when anonymous, even if some was typed before switching', () => {
    const body = complaintBody({ ...filled, name: '张三', phone: '13912345678' });
    expect(body).toEqual({ anonymous: true, category: 'cold_attitude', title: '窗口冷漠', body: '工作人员不理睬。', attachments: [] });
  });

  it('sends a named reporter, the unit and the files', () => {
    const photo = { filename: 'a.jpg', contentBase64: '/9j/', preview: null, size: 3 };
    const body = complaintBody({ ...filled, anonymous: false, name: '张三', phone: '13912345678', idNumber: '11010519491231002x', unitId: 4, photos: [photo] });
    expect(body.reporter).toEqual({ name: '张三', phone: '13912345678', idNumber: '11010519491231002X' });
    expect(body.unitId).toBe(4);
    expect(body.attachments).toEqual([{ filename: 'a.jpg', contentBase64: '/9j/' }]);
  });

  it('places the server’s field errors on the form', () => {
    expect(serverErrors([{ path: 'reporter.phone', message: 'is not a valid mobile or landline number' }, { path: 'attachments[0]', message: 'content is text/plain' }, { path: 'unitId', message: 'no unit with id 9' }])).toEqual({
      phone: 'phoneInvalid',
      photos: 'photoRejected',
      unitId: 'invalid',
    });
  });

  it('clears a field’s error as soon as it is corrected, and only that field’s', () => {
    const draft = { ...EMPTY_DRAFT, anonymous: false };
    const errors = { ...checkDraft(draft), unitId: 'invalid' as const };
    expect(errors).toMatchObject({ name: 'nameRequired', phone: 'phoneRequired', title: 'titleRequired', unitId: 'invalid' });
    const named = recheck(errors, { ...draft, name: '张三' }, ['name']);
    expect(named.name).toBeUndefined();
    expect(named).toMatchObject({ phone: 'phoneRequired', title: 'titleRequired', unitId: 'invalid' });
    // A phone still wrong keeps an error, now saying what is wrong.
    expect(recheck(named, { ...draft, name: '张三', phone: '123' }, ['phone']).phone).toBe('phoneInvalid');
    // Going anonymous clears the identity errors.
    expect(recheck(named, { ...draft, anonymous: true }, ['anonymous'])).toEqual({ category: 'categoryRequired', title: 'titleRequired', body: 'bodyRequired', unitId: 'invalid' });
  });
});

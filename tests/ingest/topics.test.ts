/**
 * Topics (专题) from the keyword table: a school-construction story and an enrolment story get
 * their own topics instead of none (其他). Texts are our own.
 */
import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/ingest/ingest.ts';

const topicsOf = (text: string) => ingestSource('x.txt', Buffer.from(text)).state.topics;

describe('pick-topics', () => {
  it('places a school-construction story under 学校建设', () => {
    const topics = topicsOf('某某区两所新建学校竣工\n发布时间:2023-08-20\n今年某某区新建学校2所,均已竣工验收,秋季学期投入使用。\n新校区建有教学楼3栋,校舍面积2万平方米。');
    expect(topics[0]).toBe('学校建设');
  });

  it('places an enrolment story under 招生入学', () => {
    const topics = topicsOf('某某区公布秋季招生安排\n发布时间:2023-05-20\n某某区公布今年秋季小学招生安排,新生报名将于6月1日开始。\n适龄儿童凭户籍和居住证明报名入学。');
    expect(topics).toContain('招生入学');
  });

  it('leaves a story with neither kind of word out of both', () => {
    const topics = topicsOf('某某小学举办读书节\n发布时间:2023-04-20\n某某小学举办第五届读书节,同学们交换图书、分享读书心得。');
    expect(topics).not.toContain('学校建设');
    expect(topics).not.toContain('招生入学');
  });
});

import { describe, expect, it } from '@jest/globals';
import { looksGenerated } from './mailbox-name.js';

describe('looksGenerated', () => {
  it.each([
    'l9bk27qxx03@gmail.com',
    '4svzro@ebgysmail.kr',
    'lnf7tc@ebgysmail.kr',
    'kde132fm@mailinator.com',
    '2o9j8e@catchall.example',
    'zwhrkhlo225@gmail.com',
    'wczdnvy5005@gmail.com',
    'ma6codi1of@outlook.com',
    'zpkmq3357+shop@gmail.com',
    'xk2k7qbz9@gmail.com',
  ])('counts a random string: %s', (email) => {
    expect(looksGenerated(email)).toBe(true);
  });

  it.each([
    'jeanmoreau49@laposte.net',
    'jschmidt@web.de',
    'tsmith@gmail.com',
    'emmadijkstra1996@xs4all.nl',
    'kim.minji23@naver.com',
    'hy.unwookim+52@gmail.com',
    'noobslayer2015xx@gmail.com',
    'lea.martin.w4u9@icloud.com',
    'thomasschneider1971@posteo.de',
    'orders@glow-reseller.co.uk',
    'hélène.urb@cabinet.fr',
    // Swedish surnames in -ström, written without the ö: four or five consonants around 'str'.
    'margaretalindstrom@gmail.com',
    'gengstrom@gmail.com',
    'mbergstrom@hotmail.com',
    'anders.lindstrom82@hotmail.com',
    // Vietnamese names run together with a middle initial, and a birth year written 2k6 (2006).
    'trangknguyen.dn@gmail.com',
    'hoangkthao@gmail.com',
    'dinhbphong@gmail.com',
    'truonggthang@yahoo.com.vn',
    'nguyenuyen2k6@gmail.com',
    'phamphong2k4@gmail.com',
  ])('does not count a name a person chose: %s', (email) => {
    expect(looksGenerated(email)).toBe(false);
  });

  it('never counts an alias at a privacy mail service, and is missing without an email', () => {
    expect(looksGenerated('tlwka4miw9@proton.me')).toBe(false);
    expect(looksGenerated('c16lp0a0rc@mailbox.org')).toBe(false);
    expect(looksGenerated('tlwka4miw9@gmail.com')).toBe(true);
    expect(looksGenerated(null)).toBeNull();
    expect(looksGenerated('no-at-sign')).toBeNull();
  });
});

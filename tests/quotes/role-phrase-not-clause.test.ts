import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// The words before a name give it a role only when they are a title: a role noun followed by
// nothing but the words of one ("ambassador to Britain Liu Xiaming"). A clause that happens to hold
// a role noun ("as she and her mother were walking down Fort Worth’s 6th Avenue") made Fort Worth
// a mother, and "the victim’s mother" later resolved to the city.

describe('a clause before a name', () => {
  it('is not its role', () => {
    const q = quotesOf([
      // cbsnews.com (2c46804d9db4)
      'According to evidence presented at trial, Webb grabbed the little girl as she and her mother were walking down Fort Worth’s 6th Avenue at 6:38 p.m. on Saturday, May 18.',
      'The victim’s mother testified, describing her daughter as "brave, strong, and smart" before describing for the jury the horrific details of the "physical fight" for her daughter’s life.',
    ]);
    expect(find(q, 'brave, strong')?.speaker.name).toBe('victim’s mother');
  });

  it('while a title before a name still is', () => {
    const q = quotesOf([
      'China’s ambassador to Britain Liu Xiaming spoke to the BBC on Sunday.',
      '“Hong Kong is part of China,” the ambassador said.',
    ]);
    expect(find(q, 'part of China')?.speaker.name).toBe('Liu Xiaming');
  });
});

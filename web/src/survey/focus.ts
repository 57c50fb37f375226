import { useLayoutEffect, useRef } from 'preact/hooks';

let pageJustOpened = true;

/**
 * Moves focus to a screen's heading when the screen changes, so a screen reader reads the new promise
 * and a keyboard user carries on from the top. The first screen after opening the page is left alone.
 */
export const useHeadingFocus = <T extends HTMLElement = HTMLHeadingElement>() => {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    if (pageJustOpened) pageJustOpened = false;
    else ref.current?.focus();
    scrollTo(0, 0);
  }, []);
  return ref;
};

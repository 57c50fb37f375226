import type { ComponentChildren } from 'preact';
import type { Rating } from '../../../shared/rating';

/*
 * Pictures drawn inline, so they cost no extra request and need no icon font or third party.
 * They are decoration beside words that say the same, so screen readers skip them.
 */
const Svg = ({ children, class: cls = '' }: { children: ComponentChildren; class?: string }) => (
  <svg class={`icon ${cls}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    {children}
  </svg>
);

const stroke = {
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': 2.4,
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
} as const;

export const AnswerIcon = ({ rating }: { rating: Rating }) => {
  switch (rating) {
    case 'yes':
      return (
        <Svg>
          <circle cx="12" cy="12" r="10" {...stroke} />
          <path d="M7 12.5l3.2 3.2L17 9" {...stroke} />
        </Svg>
      );
    case 'sometimes':
      return (
        <Svg>
          <circle cx="12" cy="12" r="10" {...stroke} />
          <path d="M12 2a10 10 0 0 1 0 20z" fill="currentColor" />
        </Svg>
      );
    case 'no':
      return (
        <Svg>
          <circle cx="12" cy="12" r="10" {...stroke} />
          <path d="M8.5 8.5l7 7M15.5 8.5l-7 7" {...stroke} />
        </Svg>
      );
    case 'dontknow':
      return (
        <Svg>
          <circle cx="12" cy="12" r="10" {...stroke} />
          <path d="M9.5 9.5a2.6 2.6 0 1 1 3.6 2.4c-.7.3-1.1.9-1.1 1.6v.6" {...stroke} />
          <circle cx="12" cy="17.2" r="1.3" fill="currentColor" />
        </Svg>
      );
  }
};

/** Points forward in the reading direction; the page's CSS mirrors it when the page is right to left. */
export const ArrowIcon = ({ back = false }: { back?: boolean }) => (
  <Svg class={`arrow${back ? ' arrow-back' : ''}`}>
    <path d="M5 12h13M13 6l6 6-6 6" {...stroke} />
  </Svg>
);

export const SpeakerIcon = () => (
  <Svg>
    <path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4z" fill="currentColor" />
    <path d="M15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11" {...stroke} />
  </Svg>
);

export const ExitIcon = () => (
  <Svg class="arrow">
    <path d="M10 4H5v16h5M14 8l4 4-4 4M8.5 12H18" {...stroke} />
  </Svg>
);

export const PencilIcon = () => (
  <Svg>
    <path d="M4 20l1-4L16 5l3 3L8 19z M14 7l3 3" {...stroke} />
  </Svg>
);

export const PhoneIcon = () => (
  <Svg>
    <path d="M6.5 3.5l3 .5 1 4-2 1.5a11 11 0 0 0 6 6l1.5-2 4 1 .5 3-2 2C11 19 5 13 4.5 5.5z" {...stroke} />
  </Svg>
);

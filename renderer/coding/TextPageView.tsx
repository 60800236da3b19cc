import { useRef } from 'react';
import { PageText, type Highlight } from '../components/PageText';
import { textViewSelection, type TextSelection } from './selection';

interface Props {
  page: number;
  text: string;
  highlights: Highlight[];
  onSelect: (selection: TextSelection | undefined) => void;
  onMarkClick: (offset: number) => void;
}

/** The page's extracted text, selectable: a selection becomes page offsets, a click on a mark focuses its passage. */
export function TextPageView({ page, text, highlights, onSelect, onMarkClick }: Props) {
  const container = useRef<HTMLDivElement>(null);
  function capture() {
    const element = container.current;
    if (!element) return;
    const selection = textViewSelection(element, page, text);
    if (selection) {
      onSelect(selection);
      return;
    }
    const current = window.getSelection();
    if (current?.isCollapsed && current.anchorNode && element.contains(current.anchorNode)) {
      const mark = current.anchorNode.parentElement?.closest('mark');
      if (mark && element.contains(mark)) onMarkClick(Number((mark as HTMLElement).dataset['start']));
    }
  }
  return (
    <div ref={container} className="page-text" data-testid="page-text" data-page={page} onMouseUp={capture} onKeyUp={capture}>
      <PageText text={text} highlights={highlights} />
    </div>
  );
}

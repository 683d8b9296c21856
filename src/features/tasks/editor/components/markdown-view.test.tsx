import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MarkdownView } from './markdown-view';
import { resetRemoteImages } from './remote-images-store';

const TEXT = 'See ![the chart](https://tracker.example/pixel.png?who=me) and ![](/local.png).';

afterEach(resetRemoteImages);

describe('MarkdownView images', () => {
  it('loads no image until the reader asks, and says where each one comes from', () => {
    const { container } = render(<MarkdownView markdown={TEXT} imagesKey="task-1" />);
    expect(container.querySelector('img')).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Show image “the chart” from tracker.example' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: `Show image from ${window.location.host}` }),
    ).toBeInTheDocument();
  });

  it('shows every image of that task once asked, and only of that task', async () => {
    const { container } = render(
      <>
        <MarkdownView markdown={TEXT} imagesKey="task-1" />
        <div data-testid="other">
          <MarkdownView markdown={TEXT} imagesKey="task-2" />
        </div>
      </>,
    );
    const [first] = screen.getAllByRole('button', { name: /the chart/ });
    await userEvent.click(first!);

    const shown = [...container.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(shown).toEqual(['https://tracker.example/pixel.png?who=me', '/local.png']);
    expect(screen.getByTestId('other').querySelector('img')).toBeNull();
  });

  it('keeps the choice when the task is opened again in this tab', async () => {
    const first = render(<MarkdownView markdown={TEXT} imagesKey="task-1" />);
    await userEvent.click(screen.getByRole('button', { name: /the chart/ }));
    first.unmount();

    const again = render(<MarkdownView markdown={TEXT} imagesKey="task-1" />);
    expect(again.container.querySelectorAll('img')).toHaveLength(2);
  });
});

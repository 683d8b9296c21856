import { screen, within } from '@testing-library/react';
import { ApiError, NetworkError } from '@/backends/api-error';
import { renderWithProviders } from '@/testing/test-utils';
import { ErrorState } from './error-state';

describe('ErrorState', () => {
  it('says a refused key is the problem and points to Settings', async () => {
    const onRetry = vi.fn();
    const { user } = renderWithProviders(
      <ErrorState error={new ApiError(401, ['Invalid API key'])} onRetry={onRetry} />,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent(
      'The backend did not accept the API key',
    );
    expect(within(alert).getByRole('link', { name: 'Open Settings' })).toHaveAttribute(
      'href',
      '/settings',
    );
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('explains an unreachable backend in plain words, under a caller title', () => {
    renderWithProviders(
      <ErrorState
        title="Could not load tasks"
        error={new NetworkError('https://crm.example.com', 'unreachable')}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('Could not load tasks');
    expect(alert).toHaveTextContent('Could not reach the server at https://crm.example.com');
    expect(alert).toHaveTextContent('CORS');
    expect(alert).toHaveTextContent('https://crm.example.com');
    expect(within(alert).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('does not offer Settings for a server-side failure', () => {
    renderWithProviders(<ErrorState error={new ApiError(500, [])} onRetry={() => {}} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The backend had a problem');
    expect(within(alert).queryByRole('link', { name: 'Open Settings' })).not.toBeInTheDocument();
  });
});

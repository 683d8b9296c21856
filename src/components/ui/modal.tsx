import type { ReactNode } from 'react';
import { Dialog, Heading, Modal as AriaModal, ModalOverlay } from 'react-aria-components';
import iconButton from './icon-button.module.css';
import styles from './modal.module.css';

const LAYERS = { page: styles.layerPage, panel: styles.layerPanel, top: styles.layerTop };

export type ModalProps = {
  /** The dialog's heading and its accessible name. */
  title: string;
  /** sm: a short confirmation; md: a card to read; lg: a form. */
  size: 'sm' | 'md' | 'lg';
  /** page: over a page; panel: over the task editor's sheet; top: over any other dialog. */
  layer?: 'page' | 'panel' | 'top';
  isOpen?: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** Whether a click beside the dialog closes it. */
  isDismissable?: boolean;
  isKeyboardDismissDisabled?: boolean;
  role?: 'dialog' | 'alertdialog';
  /** A × button beside the title. */
  close?: { label: string; onClick: () => void };
  children: ReactNode;
};

/** A centred dialog with a title; React Aria keeps the focus inside and gives it back on close. */
export function Modal({
  title,
  size,
  layer = 'page',
  isOpen = true,
  onOpenChange,
  isDismissable = true,
  isKeyboardDismissDisabled = false,
  role = 'dialog',
  close,
  children,
}: ModalProps) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      isDismissable={isDismissable}
      isKeyboardDismissDisabled={isKeyboardDismissDisabled}
      onOpenChange={onOpenChange}
      className={[styles.overlay, styles[size], LAYERS[layer]].filter(Boolean).join(' ')}
    >
      <AriaModal className={styles.modal}>
        <Dialog role={role} className={styles.dialog}>
          <div className={[styles.header, close ? styles.withClose : ''].filter(Boolean).join(' ')}>
            <Heading slot="title" className={styles.title}>
              {title}
            </Heading>
            {close ? (
              <button
                type="button"
                className={iconButton.iconButton}
                aria-label={close.label}
                onClick={close.onClick}
              >
                <span aria-hidden="true">×</span>
              </button>
            ) : null}
          </div>
          <div className={styles.body}>{children}</div>
        </Dialog>
      </AriaModal>
    </ModalOverlay>
  );
}

/** The buttons that end a dialog, at its right. */
export function ModalActions({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={[styles.actions, className].filter(Boolean).join(' ')}>{children}</div>;
}

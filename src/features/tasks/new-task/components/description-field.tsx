import Markdown from 'react-markdown';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import styles from './new-task-dialog.module.css';

/**
 * Markdown with a Write and a Preview tab. react-markdown escapes raw HTML by default and
 * drops unsafe link protocols; raw HTML is never switched on.
 */
export function DescriptionField({
  id,
  value,
  onChange,
  isDisabled,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  isDisabled: boolean;
}) {
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        Description
      </label>
      <Tabs className={styles.tabs}>
        <TabList aria-label="Description mode" className={styles.tabList}>
          <Tab id="write" className={styles.tab}>
            Write
          </Tab>
          <Tab id="preview" className={styles.tab}>
            Preview
          </Tab>
        </TabList>
        <TabPanel id="write" className={styles.tabPanel}>
          <textarea
            id={id}
            aria-describedby={`${id}-hint`}
            className={styles.textarea}
            rows={4}
            value={value}
            disabled={isDisabled}
            onChange={(event) => onChange(event.target.value)}
          />
          <p id={`${id}-hint`} className={styles.hint}>
            Markdown: **bold**, _italic_, - lists, [links](https://…)
          </p>
        </TabPanel>
        <TabPanel id="preview" className={`${styles.tabPanel} ${styles.preview}`}>
          {value.trim() ? (
            <Markdown>{value}</Markdown>
          ) : (
            <p className={styles.hint}>Nothing to preview yet.</p>
          )}
        </TabPanel>
      </Tabs>
    </div>
  );
}

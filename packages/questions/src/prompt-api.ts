/** What the interactive questions need from a prompt library; tests give a scripted one. */
export interface PromptApi {
  text(question: {
    readonly message: string;
    readonly help?: string;
    readonly default?: string;
    readonly validate: (text: string) => true | string;
  }): Promise<string>;
  confirm(question: {
    readonly message: string;
    readonly help?: string;
    readonly default: boolean;
  }): Promise<boolean>;
  choice(question: {
    readonly message: string;
    readonly help?: string;
    readonly choices: readonly string[];
    /** What people see for each choice, by value (the value itself when absent). */
    readonly labels?: Readonly<Record<string, string>>;
    readonly default?: string;
  }): Promise<string>;
  /**
   * A list whose items are a fixed set of choices (the documents' formats): the values chosen, in the
   * order of `choices`. Optional: a prompt without it is asked such a list as text, as any other list.
   */
  several?(question: {
    readonly message: string;
    readonly help?: string;
    readonly choices: readonly string[];
    /** What people see for each choice, by value (the value itself when absent). */
    readonly labels?: Readonly<Record<string, string>>;
    /** The values chosen to begin with. */
    readonly default: readonly string[];
    readonly validate: (values: readonly string[]) => true | string;
  }): Promise<string[]>;
}

/**
 * Progress reported by the flows through `onProgress(event)`: one event per step, with a human
 * sentence in `message` and the ids a face may want to show.
 */
export type ProgressStep =
  | "read-state"
  | "member-present"
  | "nothing-to-do"
  | "proposal-reused"
  | "proposal-created"
  | "proposal-adopted"
  | "ballot-submitted"
  | "proposal-accepted"
  | "awaiting-votes"
  | "waiting-for-ballots"
  | "committed"
  | "already-active"
  | "digest-updated"
  | "digest-mismatch-retry"
  | "acked"
  | "share-fetched"
  | "share-submitted"
  | "not-waiting-for-shares";

export interface ProgressEvent {
  step: ProgressStep;
  message: string;
  memberId?: string;
  proposalId?: string;
  transactionId?: string;
  voterId?: string;
}

export type ProgressListener = (event: ProgressEvent) => void;

export function reporter(listener: ProgressListener | undefined): (event: ProgressEvent) => void {
  return (event) => {
    try {
      listener?.(event);
    } catch {
      // A listener's failure must not break a governance flow half-way.
    }
  };
}

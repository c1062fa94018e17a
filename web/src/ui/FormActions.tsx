/** A form's submit button (its busy words while it runs) and, when it can be left, the button that leaves it. */
export function FormActions({
  label,
  busyLabel,
  busy,
  disabled = false,
  danger = false,
  onCancel,
  cancelLabel = 'Cancel',
}: {
  label: string;
  busyLabel: string;
  busy: boolean;
  disabled?: boolean;
  danger?: boolean;
  onCancel?: () => void;
  cancelLabel?: string;
}) {
  return (
    <div className="actions">
      <button type="submit" className={`button ${danger ? 'button-danger' : 'button-primary'}`} disabled={busy || disabled}>
        {busy ? busyLabel : label}
      </button>
      {onCancel ? (
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      ) : null}
    </div>
  );
}

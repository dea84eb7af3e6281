interface Props {
  checked: boolean;
  label: string;
  onChange(checked: boolean): void;
  id?: string;
}

/** An on/off switch that is a real button with `role="switch"`, so keyboards and screen readers get it for free. */
export function Switch({ checked, label, onChange, id }: Props) {
  return (
    <button
      type="button"
      role="switch"
      id={id}
      class="switch"
      aria-checked={checked}
      onClick={() => onChange(!checked)}
    >
      <span class="switch__track" aria-hidden="true">
        <span class="switch__thumb" />
      </span>
      <span class="switch__label">{label}</span>
    </button>
  );
}

/** The calendar for date fields: air-datepicker with its German locale, loaded on first use
 *  so the form's first frame does not wait for it. */
import type AirDatepicker from "air-datepicker";

const pickers = new WeakMap<HTMLInputElement, AirDatepicker>();

const iso = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

/** Opens a calendar under `input`, starting at `value` (YYYY-MM-DD) when it is a date; the
 *  chosen day goes to `onpick` as YYYY-MM-DD. Arrow keys move, Enter takes the day. */
export async function openCalendar(input: HTMLInputElement, value: string | undefined, onpick: (isoDate: string) => void): Promise<void> {
  let picker = pickers.get(input);
  if (!picker) {
    const [{ default: Datepicker }, { default: de }] = await Promise.all([
      import("air-datepicker"),
      import("air-datepicker/locale/de"),
      import("air-datepicker/air-datepicker.css"),
    ]);
    picker = new Datepicker(input, {
      locale: de,
      dateFormat: "dd.MM.yyyy",
      autoClose: true,
      keyboardNav: true,
      showEvent: "none",
      position: "bottom left",
      onSelect: ({ date }) => {
        if (date instanceof Date) onpick(iso(date));
      },
    });
    pickers.set(input, picker);
  }
  const start = value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : undefined;
  if (start) picker.selectDate(start, { silent: true });
  picker.show();
}

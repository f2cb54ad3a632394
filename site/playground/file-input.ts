// A file dropped on the input pane, or chosen with the file button, handed to
// the page's reader. Dragging over the pane marks it as a place to drop.

/** Calls `read` with each file dropped on `zone` or chosen in `picker` (the first of several). */
export function onFile(
  zone: HTMLElement,
  picker: HTMLInputElement,
  read: (file: File) => void,
): void {
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
  zone.addEventListener("dragover", (event) => {
    if (!carriesFiles(event)) return;
    // Without this the browser opens the file instead of dropping it here.
    event.preventDefault();
    zone.classList.add("dropping");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("dropping"));
  zone.addEventListener("drop", (event) => {
    zone.classList.remove("dropping");
    const file = event.dataTransfer?.files[0];
    if (file === undefined) return;
    event.preventDefault();
    read(file);
  });
  picker.addEventListener("change", () => {
    const file = picker.files?.[0];
    if (file) read(file);
    // Choosing the same file again should read it again.
    picker.value = "";
  });
}

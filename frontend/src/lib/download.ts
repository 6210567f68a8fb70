/**
 * The file name a Content-Disposition proposes: the UTF-8 `filename*` (RFC 6266 / 8187), which holds the Vietnamese
 * name, before the plain `filename`, which holds it without diacritics.
 */
export function dispositionFileName(header: string | null): string | undefined {
  if (!header) return undefined
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)?.[1]
  if (extended) {
    try {
      return decodeURIComponent(extended.trim())
    } catch {
      // a malformed encoding: fall back to the plain name
    }
  }
  return /filename\s*=\s*"([^"]+)"/i.exec(header)?.[1]
}

/** Hands a file to the browser's download, as a click on a link to it would, then frees it. */
export function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

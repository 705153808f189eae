/** File types that run code when opened. */
export const EXECUTABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  'exe', 'scr', 'com', 'pif', 'bat', 'cmd', 'js', 'jse', 'vbs', 'vbe', 'wsf', 'wsh', 'hta', 'jar', 'msi', 'msp',
  'lnk', 'ps1', 'psm1', 'cpl', 'dll', 'reg', 'app', 'apk', 'xll', 'iqy', 'slk', 'one', 'chm', 'url', 'scf', 'appx',
]);
/** Containers that hide their contents from a mail filter. */
export const ARCHIVE_EXTENSIONS: ReadonlySet<string> = new Set([
  'zip', 'rar', '7z', 'gz', 'tgz', 'tar', 'bz2', 'xz', 'ace', 'arj', 'cab', 'lzh', 'z', 'uue', 'iso', 'img', 'vhd', 'vhdx', 'r00', 'r01', 'zipx',
]);
export const MACRO_EXTENSIONS: ReadonlySet<string> = new Set(['docm', 'dotm', 'xlsm', 'xltm', 'xlam', 'pptm', 'potm', 'ppam', 'sldm']);
/** Web pages sent as files: they open a fake login page from the local disk, past link filters. */
export const PAGE_EXTENSIONS: ReadonlySet<string> = new Set(['htm', 'html', 'shtml', 'xhtml', 'mht', 'mhtml']);

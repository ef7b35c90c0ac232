/**
 * A container runs as root when `user` is unset (the image's default, root for most images) or
 * names root by name or UID 0, with or without a group ("root", "0", "0:0", "root:docker").
 */
export function runsAsRoot(user) {
    if (user === undefined || user.trim() === '')
        return true;
    const who = user.trim().split(':')[0];
    return who === 'root' || who === '0';
}
export const listNames = (names) => names.map((n) => `"${n}"`).join(', ');

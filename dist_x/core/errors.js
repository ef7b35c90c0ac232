/** An error the user caused or can fix (bad flag, bad file): printed as one line, exit code 2. */
export class PostureError extends Error {
    name = 'PostureError';
}

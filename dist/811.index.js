export const id = 811;
export const ids = [811];
export const modules = {

/***/ 811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentMarker: () => (/* binding */ commentMarker),
  commentTargetOf: () => (/* binding */ commentTargetOf),
  upsertPlanComment: () => (/* binding */ upsertPlanComment)
});

// UNUSED EXPORTS: MAX_BODY_CHARS, MAX_COMMENT_CHARS, commentBody, identityOf, isOurs

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(916);
// EXTERNAL MODULE: ./src/message.ts
var message = __webpack_require__(568);
// EXTERNAL MODULE: ./src/http/request.ts + 3 modules
var request = __webpack_require__(835);
// EXTERNAL MODULE: ./src/http/secrets.ts
var secrets = __webpack_require__(861);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(670);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(13);
;// CONCATENATED MODULE: ./src/github/rest.ts
/**
 * The few GitHub REST calls the pull-request comment makes, through the shared bounded request: no Octokit. The token
 * goes only to GITHUB_API_URL (a URL outside it is refused before it is sent), redirects are never followed, and
 * every failure is a CommentError whose advice comes from one table.
 */






const DEFAULT_TIMEOUT_MS = 30_000;
class GitHubRest {
    options;
    base;
    redact;
    constructor(options) {
        this.options = options;
        this.redact = options.redact ?? (0,redact/* redactor */.$)((0,secrets/* secretForms */.e)([options.token]));
        if (!options.token)
            throw new errors/* CommentError */.cP('no token to write the pull-request comment with: set the `github-token` input');
        this.base = checkedApiUrl(options.apiUrl, this.redact);
    }
    /** The parsed JSON of a 2xx answer (undefined if it is not JSON); any other ending throws a CommentError. */
    async call(method, path, doing, body) {
        const url = this.urlOf(path);
        const headers = {
            Authorization: `Bearer ${this.options.token}`,
            Accept: 'application/vnd.github+json',
            'X-GitHub-Api-Version': '2022-11-28'
        };
        if (body !== undefined)
            headers['Content-Type'] = 'application/json';
        const outcome = await (0,request/* boundedRequest */.JR)({
            method,
            url,
            headers,
            body: body === undefined ? undefined : JSON.stringify(body),
            userAgent: version/* USER_AGENT */._,
            timeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS
        });
        if (outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300)
            return parsed(outcome.body);
        throw this.failure(outcome, doing);
    }
    /** `path` under the API URL; refused if it would leave it (a `..` in a name from the event payload, say). */
    urlOf(path) {
        const prefix = this.base.pathname.replace(/\/+$/, '');
        const url = new URL(`${this.base.origin}${prefix}${path}`);
        if (url.origin !== this.base.origin || !url.pathname.startsWith(`${prefix}/`)) {
            throw new errors/* CommentError */.cP((0,message/* msg */.ab) `refused to send the token outside GITHUB_API_URL (${this.redact(shown(url))})`);
        }
        return url.href;
    }
    failure(outcome, doing) {
        const redact = this.redact;
        if (outcome.kind === 'error') {
            const reason = (0,message/* oneLine */.TN)(redact(outcome.message), 200);
            return new errors/* CommentError */.cP((0,message/* msg */.ab) `could not reach GitHub at ${shown(this.base)} to ${doing.what}: ${reason}. ${(0,message/* words */.aL)(UNREACHABLE)}`);
        }
        const { status, headers } = outcome;
        const said = (0,message/* oneLine */.TN)(redact(githubMessage(outcome.body) || 'no message'), 200);
        const rateLimited = (status === 403 || status === 429) &&
            ((0,request/* header */.wx)(headers, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(said));
        const situation = { status, rateLimited, reading: doing.reading, fromFork: doing.fromFork === true };
        const advice = ADVICE.find(rule => rule.when(situation))?.advice ?? '';
        return new errors/* CommentError */.cP((0,message/* msg */.ab) `GitHub answered ${status} (${said}) when trying to ${doing.what}: ${(0,message/* words */.aL)(advice)}`, status);
    }
}
const UNREACHABLE = 'Check GITHUB_API_URL and, behind a proxy, HTTPS_PROXY and NO_PROXY.';
const PERMISSION = 'give the job `permissions: pull-requests: write` (or pass a `github-token` that may). ' +
    "On pull requests from forks (and Dependabot's) the token is read-only whatever the workflow asks.";
/** What to do about each answer, first match wins. */
const ADVICE = [
    { when: s => s.status === 401, advice: 'the token was not accepted: check the `github-token` input.' },
    { when: s => s.rateLimited, advice: "GitHub's rate limit stopped it: re-run the job later to write the comment." },
    {
        when: s => s.status === 403 && s.fromFork,
        advice: "this pull request comes from a fork, and GitHub gives workflows run for a fork's pull request a read-only " +
            'token whatever the workflow asks: the plan is in the job summary.'
    },
    {
        when: s => s.status === 403 && s.reading,
        advice: `the token may not read this pull request's comments: ${PERMISSION}`
    },
    { when: s => s.status === 403, advice: `the token may not write to pull requests: ${PERMISSION}` },
    {
        when: s => s.status === 404,
        advice: 'the repository or pull request is not visible to this token. Check the `github-token` input and GITHUB_API_URL.'
    },
    {
        when: s => s.status >= 300 && s.status < 400,
        advice: 'redirects are never followed, so that the token goes nowhere else (a renamed repository is not followed either).'
    },
    { when: s => s.status === 422, advice: 'GitHub did not accept the comment.' },
    { when: () => true, advice: 'the plan is in the job summary; re-run the job to write the comment.' }
];
function checkedApiUrl(apiUrl, redact) {
    let url;
    try {
        url = new URL(apiUrl);
    }
    catch {
        throw new errors/* CommentError */.cP((0,message/* msg */.ab) `GITHUB_API_URL is not a URL: ${(0,message/* oneLine */.TN)(redact(apiUrl), 200)}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* CommentError */.cP((0,message/* msg */.ab) `GITHUB_API_URL must be an http(s) URL, not ${(0,message/* oneLine */.TN)(redact(url.protocol), 50)}`);
    }
    return url;
}
/** The URL without credentials, query or fragment: safe to show. */
function shown(base) {
    return `${base.origin}${base.pathname.replace(/\/+$/, '')}`;
}
function parsed(body) {
    try {
        return JSON.parse(body);
    }
    catch {
        return undefined;
    }
}
/** GitHub's `message` of an error answer, else the text itself. */
function githubMessage(body) {
    const data = parsed(body);
    const message = typeof data === 'object' && data !== null ? data.message : undefined;
    return typeof message === 'string' ? message : body.trim();
}

;// CONCATENATED MODULE: ./src/github/comment.ts
/**
 * The plan as a pull-request comment: one comment per workflow, job, step, target and org, found again on re-runs by
 * a hidden marker at the very start of its body, and updated in place only if the token's own identity wrote it.
 *
 * The marker is no secret: anyone can paste it into a comment, or an org name can quote it. So a comment is ours
 * only when it starts with the marker and its author is the token's identity: a Bot account for an installation
 * token (`ghs_`: the job's GITHUB_TOKEN or a GitHub App's), else the login that `GET /user` names.
 */




/** GitHub's limit on a comment's body, in characters. */
const MAX_COMMENT_CHARS = 65536;
/** The longest body that goes into a comment uncut: what the marker and its line break leave. */
const MAX_BODY_CHARS = MAX_COMMENT_CHARS - '<!-- datadog-org-connection:0123456789abcdef0123456789abcdef -->\n'.length;
/** Comments read per page, and the most pages read to find ours (5,000 comments). */
const PER_PAGE = 100;
const MAX_PAGES = 50;
const MARKER_PREFIX = 'datadog-org-connection';
/** The target of this step in this run. */
function commentTargetOf(context, target, org) {
    return {
        workflow: context.workflowFile ?? context.workflow ?? '',
        job: context.job ?? '',
        step: context.step ?? '',
        target,
        org
    };
}
/**
 * The hidden HTML comment that marks our comment for this target. Its parts are hashed, so nothing of theirs
 * (`-->`, line breaks, Markdown) reaches the comment, and the same target always gives the same marker.
 */
function commentMarker({ workflow, job, step, target, org }) {
    const digest = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([workflow, job, step, target, org]))
        .digest('hex')
        .slice(0, 32);
    return `<!-- ${MARKER_PREFIX}:${digest} -->`;
}
/** The installation tokens' identity, or whom a personal token belongs to (one request, only then). */
async function identityOf(token, rest) {
    if (token.startsWith('ghs_'))
        return { kind: 'installation' };
    const user = await rest.call('GET', '/user', { what: (0,message/* msg */.ab) `read whom the token belongs to`, reading: true });
    const login = typeof user === 'object' && user !== null ? user.login : undefined;
    if (typeof login !== 'string' || !login)
        throw new errors/* CommentError */.cP('GitHub did not say whom the token belongs to (GET /user)');
    return { kind: 'user', login };
}
/** Ours: the marker at the very start, written by the token's identity (logins compare in any case, as GitHub's). */
function isOurs(comment, marker, identity) {
    if (typeof comment.body !== 'string' || !comment.body.startsWith(marker))
        return false;
    const user = comment.user;
    if (identity.kind === 'installation')
        return user?.type === 'Bot';
    return typeof user?.login === 'string' && user.login.toLowerCase() === identity.login.toLowerCase();
}
/**
 * The comment's full text: the marker first, then the body. The body is built within GitHub's limit already; this
 * hard cap is only the backstop, and says where it cut.
 */
function commentBody(marker, body, limit = MAX_COMMENT_CHARS) {
    const whole = `${marker}\n${body}`;
    if (whole.length <= limit)
        return whole;
    const note = `\n\n**Cut here**: longer than GitHub allows in a comment (${limit} characters). The job summary has it all.`;
    const head = whole.slice(0, Math.max(0, limit - note.length));
    return `${/[\ud800-\udbff]$/.test(head) ? head.slice(0, -1) : head}${note}`;
}
/** Creates the comment, or updates ours. Throws CommentError if GitHub cannot be reached or refuses. */
async function upsertPlanComment(options) {
    const { pr, marker } = options;
    const rest = new GitHubRest(options);
    const repo = `/repos/${encodeURIComponent(pr.owner)}/${encodeURIComponent(pr.repo)}`;
    const where = `${pr.owner}/${pr.repo}#${pr.number}`;
    const doing = (what, reading = false) => ({ what, reading, fromFork: pr.fromFork });
    const identity = await identityOf(options.token, rest);
    const existing = await findOurs(rest, `${repo}/issues/${pr.number}/comments`, {
        marker,
        identity,
        doing: doing((0,message/* msg */.ab) `list the comments of ${where}`, true)
    });
    const text = { body: commentBody(marker, options.body) };
    if (existing) {
        const id = existing.id;
        const updated = await rest.call('PATCH', `${repo}/issues/comments/${id}`, doing((0,message/* msg */.ab) `update comment ${id} on ${where}`), text);
        return { action: 'updated', url: urlOf(updated) ?? urlOf(existing) };
    }
    const created = await rest.call('POST', `${repo}/issues/${pr.number}/comments`, doing((0,message/* msg */.ab) `comment on ${where}`), text);
    return { action: 'created', url: urlOf(created) };
}
/**
 * The first of our comments, page by page, by number: a `Link` header from the answer is never followed, so the token
 * goes nowhere else, and a server that always announces a next page cannot keep the step running.
 */
async function findOurs(rest, path, { marker, identity, doing }) {
    for (let page = 1; page <= MAX_PAGES; page++) {
        const data = await rest.call('GET', `${path}?per_page=${PER_PAGE}&page=${page}`, doing);
        if (!Array.isArray(data))
            throw new errors/* CommentError */.cP((0,message/* msg */.ab) `GitHub's answer was not a list of comments when trying to ${doing.what}`);
        const ours = data.find(comment => isOurs(comment, marker, identity) && Number.isSafeInteger(comment.id) && comment.id > 0);
        if (ours)
            return ours;
        if (data.length < PER_PAGE)
            return undefined;
    }
    return undefined;
}
function urlOf(comment) {
    const url = typeof comment === 'object' && comment !== null ? comment.html_url : undefined;
    return typeof url === 'string' ? url : undefined;
}


/***/ })

};

package cn.xinjiuye.portal.jobs;

/** What a run did: records handled, records that failed (tried again next run) and a one-line summary. */
public record JobResult(int done, int failed, String summary) {

    public boolean partial() {
        return failed > 0;
    }
}

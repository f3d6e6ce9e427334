/**
 * Scheduled jobs (定时任务) and the reminders they leave. A module contributes a {@link
 * cn.xinjiuye.portal.jobs.DailyJob} bean; the scheduler runs it at its cron in the portal's zone, once per cluster
 * (a ShedLock row per job), and records every run for the administrators' page. Jobs address people through {@link
 * cn.xinjiuye.portal.jobs.Reminders}, stored until an inbox exists and shown on the home page's to-do panel.
 */
package cn.xinjiuye.portal.jobs;

/**
 * SMS (短信): an outbox of messages written in the transaction of the event that causes them ({@link
 * cn.xinjiuye.portal.sms.SmsOutbox}), a sender that delivers them once per cluster with retries and back-off, the
 * providers behind one interface ({@code log} for demo and tests, Aliyun SMS), the templates per message kind and
 * the administrators' page {@code /admin/sms}. Details: docs/sms.md.
 */
package cn.xinjiuye.portal.sms;

package cn.xinjiuye.portal.sms.internal;

import lombok.RequiredArgsConstructor;

/** Aliyun SMS: each kind is sent as the template whose code is set in portal.sms.aliyun.template-codes.<kind>. */
@RequiredArgsConstructor
class AliyunSmsProvider implements SmsProvider {

    private final AliyunSmsClient client;
    private final SmsProperties.Aliyun settings;

    @Override
    public String name() {
        return "aliyun";
    }

    @Override
    public boolean showsCodes() {
        return false;
    }

    @Override
    public Outcome send(Outgoing message) {
        String templateCode = settings.templateCodes().get(message.kind());
        if (templateCode == null || templateCode.isBlank()) {
            return Outcome.failed("no Aliyun template code for kind '" + message.kind()
                    + "' (portal.sms.aliyun.template-codes." + message.kind() + ")");
        }
        return client.sendSms(message.recipient(), templateCode, message.params());
    }
}

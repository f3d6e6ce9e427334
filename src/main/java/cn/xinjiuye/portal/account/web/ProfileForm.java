package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.account.internal.WorkerProfile.ProfileView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A worker's own name, occupation and employer, with the version the form was built on. */
public record ProfileForm(
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.size.max}")
        String displayName,

        @NotNull(message = "{validation.required}") Occupation occupation,

        @Size(max = 80, message = "{validation.size.max}") String employerName,

        Long version) {

    static ProfileForm of(ProfileView profile) {
        return new ProfileForm(
                profile.displayName(),
                profile.occupation(),
                profile.employerName() == null ? "" : profile.employerName(),
                profile.version());
    }
}

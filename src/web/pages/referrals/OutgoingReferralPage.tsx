import { Divider } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { can, useSession } from "../../api/session.js";
import { Conversation } from "./Conversation.js";
import { PackagesSection } from "./packages/PackagesSection.js";
import { ReferralFacts } from "./ReferralFacts.js";
import { ReferralFrame } from "./ReferralFrame.js";
import { ReferralStory } from "./ReferralStory.js";
import { outgoingPath, useOutgoing } from "./referral-api.js";
import { SenderActions } from "./SenderActions.js";
import { SharedDetails } from "./SharedDetails.js";

/** /referrals/:id — a referral as its sender follows it: where it stands, what was shared, the story, the conversation. */
export function OutgoingReferralPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { data: session } = useSession();
  const writes = can(session, "referral.write");
  const query = useOutgoing(id);
  return (
    <ReferralFrame query={query} back={{ to: "/referrals", label: t("referralsPage.detail.backOutgoing") }}>
      {(referral) => (
        <>
          <ReferralFacts referral={referral} />
          {writes ? <SenderActions referral={referral} /> : null}
          {writes && referral.receiverOutside && referral.status !== "draft" ? (
            <>
              <Divider />
              <PackagesSection referral={referral} />
            </>
          ) : null}
          <Divider />
          <SharedDetails referral={referral} />
          <Divider />
          <Conversation
            comments={referral.comments}
            base={outgoingPath(referral.id)}
            otherOrganisation={referral.toOrganisationName}
            canWrite={writes && referral.status !== "draft"}
          />
          <Divider />
          <ReferralStory events={referral.events} />
        </>
      )}
    </ReferralFrame>
  );
}

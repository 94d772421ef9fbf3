import { Divider } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { Conversation } from "./Conversation.js";
import { ReceiverActions } from "./ReceiverActions.js";
import { ReferralFacts } from "./ReferralFacts.js";
import { ReferralFrame } from "./ReferralFrame.js";
import { ReferralStory } from "./ReferralStory.js";
import { incomingPath, useIncoming } from "./referral-api.js";
import { SharedDetails } from "./SharedDetails.js";

/**
 * /referrals/incoming/:id — a referral sent to the organisation: exactly what the sender shared, the answers
 * the receiver may give now, the conversation and the story.
 */
export function IncomingReferralPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const query = useIncoming(id);
  return (
    <ReferralFrame query={query} back={{ to: "/referrals/incoming", label: t("referralsPage.detail.backIncoming") }}>
      {(referral) => (
        <>
          <ReferralFacts referral={referral} />
          <ReceiverActions referral={referral} />
          <Divider />
          <SharedDetails referral={referral} />
          <Divider />
          <Conversation
            comments={referral.comments}
            base={incomingPath(referral.id)}
            otherOrganisation={referral.fromOrganisationName}
            canWrite
          />
          <Divider />
          <ReferralStory events={referral.events} />
        </>
      )}
    </ReferralFrame>
  );
}

"""The CME workflow's vocabulary: its steps, the outcomes the policy names, where each leaves a case."""

from __future__ import annotations

# Steps in the order the policy describes them. "received" is the referral's own received_at.
STEPS = {
    "received": "Received",
    "assigned": "Assigned to an AWO",
    "enquiries": "Enquiries made",
    "home_visit": "Home visit",
    "outcome": "Outcome recorded",
    "sao": "School Attendance Order instigated",
    "closed": "Closed",
    "reopened": "Reopened",
}

# Steps that move the referral's status on; the SAO is recorded beside the workflow, not as a stage of it.
STATUS_OF_STEP = {
    "assigned": "assigned",
    "enquiries": "enquiries",
    "home_visit": "home_visit",
    "outcome": "outcome",
    "closed": "closed",
    "reopened": "enquiries",
}

STATUSES = {
    "received": "Received",
    "assigned": "Assigned",
    "enquiries": "Enquiries",
    "home_visit": "Home visit made",
    "outcome": "Outcome recorded",
    "closed": "Closed",
}

OUTCOMES = {
    "back_on_roll": "Back on roll at a school",
    "admission_application_supported": "Admission application supported",
    "elective_home_education": "Elective home education (handed to the EHE team)",
    "moved_out_known_destination": "Moved out of the authority to a known destination",
    "destination_unknown": "Destination unknown (lost pupil database / CTF)",
    "referred_on": "Referred on",
    "not_found": "Not found",
}

# What each outcome must say besides its code.
OUTCOME_NEEDS = {
    "back_on_roll": "school",
    "moved_out_known_destination": "destination",
    "referred_on": "referred_to",
}

REFERRED_TO = {"childrens_services": "Children's Services", "police": "Police"}

HOME_VISIT_RESULTS = {
    "child_seen": "Child seen",
    "family_seen_child_not_seen": "Family seen, child not seen",
    "no_reply": "No reply",
    "address_vacant": "Address vacant or occupied by others",
}

# Outcomes where the child has left the authority: tracked until a known destination is found.
TRACKED_OUT = ("moved_out_known_destination", "destination_unknown")

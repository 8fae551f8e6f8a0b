package org.governance.committees.model;

public enum MemberRole {
    CHAIR, MEMBER
}

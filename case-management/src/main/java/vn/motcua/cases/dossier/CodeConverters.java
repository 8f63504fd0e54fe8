package vn.motcua.cases.dossier;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores statuses and channels as their national numeric codes. */
final class CodeConverters {

    private CodeConverters() {
    }

    @Converter
    static final class StatusConverter implements AttributeConverter<DossierStatus, Short> {
        @Override
        public Short convertToDatabaseColumn(DossierStatus status) {
            return status == null ? null : (short) status.code();
        }

        @Override
        public DossierStatus convertToEntityAttribute(Short code) {
            return code == null ? null : DossierStatus.ofCode(code);
        }
    }

    @Converter
    static final class ChannelConverter implements AttributeConverter<Channel, Short> {
        @Override
        public Short convertToDatabaseColumn(Channel channel) {
            return channel == null ? null : (short) channel.code();
        }

        @Override
        public Channel convertToEntityAttribute(Short code) {
            return code == null ? null : Channel.ofCode(code);
        }
    }
}

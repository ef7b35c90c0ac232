import { z } from 'zod';
import { resourceBase } from '../base.js';
import { describeError } from './containers.js';
const vpcConfig = z.object({ subnets: z.array(z.string()), securityGroupIds: z.array(z.string()) });
/** SageMaker resources where Deep Learning Container images run. */
export const sagemakerSchemas = {
    'AWS::SageMaker::NotebookInstance': z.object({
        ...resourceBase,
        type: z.literal('AWS::SageMaker::NotebookInstance'),
        status: z.string().optional(),
        instanceType: z.string().optional(),
        directInternetAccess: z.string().optional(),
        rootAccess: z.string().optional(),
        kmsKeyId: z.string().optional(),
        subnetId: z.string().optional(),
        securityGroupIds: z.array(z.string()),
        roleArn: z.string().optional(),
        platformIdentifier: z.string().optional(),
        minimumImdsVersion: z.string().optional(),
        describeError,
    }),
    'AWS::SageMaker::EndpointConfig': z.object({
        ...resourceBase,
        type: z.literal('AWS::SageMaker::EndpointConfig'),
        kmsKeyId: z.string().optional(),
        productionVariants: z.array(z.object({
            variantName: z.string(),
            modelName: z.string().optional(),
            initialInstanceCount: z.number().int().optional(),
            instanceType: z.string().optional(),
            acceleratorType: z.string().optional(),
            serverless: z.boolean(),
        })),
        /** DataCaptureConfig.EnableCapture; absent in inventories collected before it was added. */
        dataCaptureEnabled: z.boolean().optional(),
        describeError,
    }),
    'AWS::SageMaker::Model': z.object({
        ...resourceBase,
        type: z.literal('AWS::SageMaker::Model'),
        executionRoleArn: z.string().optional(),
        enableNetworkIsolation: z.boolean(),
        vpcConfig: vpcConfig.optional(),
        containers: z.array(z.object({ image: z.string().optional(), environment: z.record(z.string(), z.string()) })),
        describeError,
    }),
    'AWS::SageMaker::TrainingJob': z.object({
        ...resourceBase,
        type: z.literal('AWS::SageMaker::TrainingJob'),
        status: z.string().optional(),
        roleArn: z.string().optional(),
        trainingImage: z.string().optional(),
        /** The instance type (of the first instance group for heterogeneous clusters). */
        instanceType: z.string().optional(),
        /** All instances of the job, across instance groups. */
        instanceCount: z.number().int(),
        enableInterContainerTrafficEncryption: z.boolean(),
        enableNetworkIsolation: z.boolean(),
        vpcConfig: vpcConfig.optional(),
        volumeKmsKeyId: z.string().optional(),
        outputKmsKeyId: z.string().optional(),
        environment: z.record(z.string(), z.string()),
        /** The S3 locations the job reads and writes (input channels, output path, checkpoints); absent in older inventories. */
        s3Uris: z.object({ input: z.array(z.string()), output: z.string().optional(), checkpoint: z.string().optional() }).optional(),
        createdAt: z.string().optional(),
        describeError,
    }),
    'AWS::SageMaker::Domain': z.object({
        ...resourceBase,
        type: z.literal('AWS::SageMaker::Domain'),
        authMode: z.string().optional(),
        appNetworkAccessType: z.string().optional(),
        kmsKeyId: z.string().optional(),
        vpcId: z.string().optional(),
        describeError,
    }),
    /** A Model Monitor job definition: data quality, model quality, model bias or model explainability. */
    'AWS::SageMaker::MonitoringJobDefinition': z.object({
        ...resourceBase,
        type: z.literal('AWS::SageMaker::MonitoringJobDefinition'),
        kind: z.enum(['data-quality', 'model-quality', 'model-bias', 'model-explainability']),
        endpointName: z.string().optional(),
        roleArn: z.string().optional(),
        instanceType: z.string().optional(),
        instanceCount: z.number().int().optional(),
        volumeKmsKeyId: z.string().optional(),
        outputKmsKeyId: z.string().optional(),
        enableNetworkIsolation: z.boolean().optional(),
        enableInterContainerTrafficEncryption: z.boolean().optional(),
        describeError,
    }),
    /** A Model Monitor schedule, as ListMonitoringSchedules summarises it. */
    'AWS::SageMaker::MonitoringSchedule': z.object({
        ...resourceBase,
        type: z.literal('AWS::SageMaker::MonitoringSchedule'),
        /** Pending, Failed, Scheduled or Stopped; only Scheduled runs jobs. */
        status: z.string().optional(),
        /** Absent for schedules that monitor batch transform jobs. */
        endpointName: z.string().optional(),
        /** DataQuality, ModelQuality, ModelBias or ModelExplainability. */
        monitoringType: z.string().optional(),
        jobDefinitionName: z.string().optional(),
        createdAt: z.string().optional(),
    }),
    /** A notebook instance lifecycle configuration: shell scripts run as root on create and on every start. */
    'AWS::SageMaker::NotebookLifecycleConfig': z.object({
        ...resourceBase,
        type: z.literal('AWS::SageMaker::NotebookLifecycleConfig'),
        /** The decoded scripts (the API returns base64); kept because the secrets rule reads them, output redacts evidence. */
        onCreate: z.array(z.string()),
        onStart: z.array(z.string()),
        describeError,
    }),
};
